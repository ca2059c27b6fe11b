using SahkoinenPerhekeskus.Core.Structure;
using SahkoinenPerhekeskus.Core.Taxonomy;

namespace SahkoinenPerhekeskus.Core.Editorial;

/// <summary>The structure a service refers to, keyed by code: for the editor's choices, validation and applying snapshots.</summary>
public sealed record EditorialReferenceData(
    IReadOnlyDictionary<string, ServiceType> ServiceTypes,
    IReadOnlyDictionary<string, Organisation> Organisations,
    IReadOnlyDictionary<string, Municipality> Municipalities,
    IReadOnlySet<string> Areas,
    IReadOnlyList<Area> AreaList,
    IReadOnlyDictionary<string, TaxonomyTerm> Needs,
    IReadOnlyDictionary<string, TaxonomyTerm> AgeGroups)
{
    /// <summary>Untracked copies: safe to show and to use for scope checks, not to attach.</summary>
    public static async Task<EditorialReferenceData> LoadAsync(PerhekeskusDbContext db, CancellationToken ct)
    {
        var types = await db.ServiceTypes.AsNoTracking().OrderBy(t => t.Category).ThenBy(t => t.SortOrder).ToListAsync(ct);
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Kind).ThenBy(o => o.Name.Fi).ToListAsync(ct);
        var municipalities = await db.Municipalities.AsNoTracking().OrderBy(m => m.Name.Fi).ToListAsync(ct);
        var areas = await db.Areas.AsNoTracking().Include(a => a.Municipalities).OrderBy(a => a.SortOrder).ToListAsync(ct);
        var terms = await db.TaxonomyTerms.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Code).ToListAsync(ct);
        return new EditorialReferenceData(
            types.ToDictionary(t => t.Code),
            organisations.ToDictionary(o => o.Code),
            municipalities.ToDictionary(m => m.Code),
            areas.Select(a => a.Code).ToHashSet(),
            areas,
            terms.Where(t => t.Taxonomy == TaxonomyKind.Need).ToDictionary(t => t.Code),
            terms.Where(t => t.Taxonomy == TaxonomyKind.AgeGroup).ToDictionary(t => t.Code));
    }

    /// <summary>The scope of a service in the state <paramref name="s"/> describes, before it is saved.</summary>
    public ScopeTarget ScopeOf(ServiceSnapshot s)
    {
        var organisation = Organisations.GetValueOrDefault(s.Organisation);
        var codes = s.Coverage switch
        {
            ServiceCoverage.Local => s.Municipalities.Where(Municipalities.ContainsKey).Order(StringComparer.Ordinal).ToList(),
            ServiceCoverage.Areas => AreaList.Where(a => s.Areas.Contains(a.Code)).SelectMany(a => a.Municipalities).Select(m => m.Code).Distinct().Order(StringComparer.Ordinal).ToList(),
            _ => [],
        };
        var home = organisation?.MunicipalityId is { } id ? Municipalities.Values.FirstOrDefault(m => m.Id == id)?.Code : null;
        return new ScopeTarget(organisation?.Id, organisation?.Kind, codes, s.Coverage is ServiceCoverage.National or ServiceCoverage.Region, OrganisationMunicipality: home);
    }
}
