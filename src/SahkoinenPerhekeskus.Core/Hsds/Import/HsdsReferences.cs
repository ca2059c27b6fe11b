using SahkoinenPerhekeskus.Core.Structure;
using SahkoinenPerhekeskus.Core.Taxonomy;

namespace SahkoinenPerhekeskus.Core.Hsds.Import;

/// <summary>
/// The structure an import maps onto (municipalities, areas, terms) and the organisations it has seen. Kept across
/// batches and attached again after each change-tracker clear, so services can link to the same instances.
/// </summary>
internal sealed class HsdsReferences
{
    private readonly Dictionary<string, Municipality> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Municipality>> _areas = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, HashSet<string>> _regions = new(StringComparer.OrdinalIgnoreCase);

    private HsdsReferences(List<Municipality> municipalities, List<TaxonomyTerm> terms, List<Organisation> organisations)
    {
        Municipalities = municipalities.ToDictionary(m => m.Code, StringComparer.Ordinal);
        Terms = terms.ToDictionary(t => (t.Taxonomy, t.Code));
        TermsByExternalId = terms.Where(t => t.ExternalId is not null).GroupBy(t => t.ExternalId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Organisations = organisations.ToDictionary(o => o.Code, StringComparer.Ordinal);
        foreach (var m in municipalities)
        {
            foreach (var name in new[] { m.Name.Fi, m.Name.Sv, m.Name.En, m.Slug }.OfType<string>())
            {
                _byName.TryAdd(name.Trim(), m);
            }
        }
    }

    public Dictionary<string, Municipality> Municipalities { get; }
    public Dictionary<(TaxonomyKind, string), TaxonomyTerm> Terms { get; }
    public Dictionary<string, TaxonomyTerm> TermsByExternalId { get; }
    public Dictionary<string, Organisation> Organisations { get; }

    /// <summary>Service type ids by code, for the profile's palvelutyyppi attribute.</summary>
    public Dictionary<string, int> ServiceTypes { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>Taxonomy names by HSDS taxonomy id, for terms that give only taxonomy_id.</summary>
    public Dictionary<string, string> TaxonomyNames { get; } = new(StringComparer.Ordinal);

    public static async Task<HsdsReferences> LoadAsync(PerhekeskusDbContext db, CancellationToken ct)
    {
        var municipalities = await db.Municipalities.ToListAsync(ct);
        var areas = await db.Areas.AsNoTracking().Include(a => a.Region).ToListAsync(ct);
        var references = new HsdsReferences(municipalities, await db.TaxonomyTerms.ToListAsync(ct), await db.Organisations.ToListAsync(ct))
        {
            ServiceTypes = await db.ServiceTypes.AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.Id, StringComparer.Ordinal, ct),
        };
        foreach (var area in areas)
        {
            var members = municipalities.Where(m => m.AreaId == area.Id).ToList();
            foreach (var name in new[] { area.Code, area.Name.Fi, area.Name.Sv, area.Name.En }.OfType<string>())
            {
                references._areas.TryAdd(name.Trim(), members);
            }
        }

        // Grouped by id: without tracking, every area has its own copy of the region object.
        foreach (var region in areas.GroupBy(a => a.RegionId))
        {
            var codes = municipalities.Where(m => region.Any(a => a.Id == m.AreaId)).Select(m => m.Code).ToHashSet(StringComparer.Ordinal);
            var info = region.First().Region!;
            foreach (var name in new[] { info.Code, info.Name.Fi, info.Name.Sv, info.Name.En }.OfType<string>())
            {
                references._regions.TryAdd(name.Trim(), codes);
            }
        }

        return references;
    }

    public Municipality? MunicipalityByName(string name) => _byName.GetValueOrDefault(name.Trim());

    /// <summary>The municipalities of a family-centre area or of a whole region named in a service area.</summary>
    public IReadOnlyCollection<Municipality>? Group(string name)
    {
        if (_areas.TryGetValue(name.Trim(), out var members))
        {
            return members;
        }

        return _regions.TryGetValue(name.Trim(), out var codes) ? [.. codes.Select(c => Municipalities[c])] : null;
    }

    /// <summary>True when the codes are exactly all municipalities of one region: the service covers the county.</summary>
    public bool IsWholeRegion(IReadOnlySet<string> codes) =>
        codes.Count > 0 && _regions.Values.Any(r => r.SetEquals(codes));

    /// <summary>After the change tracker is cleared, makes the shared instances tracked (unchanged) again.</summary>
    public void Attach(PerhekeskusDbContext db)
    {
        db.AttachRange(Municipalities.Values);
        db.AttachRange(Terms.Values);
        db.AttachRange(Organisations.Values);
    }
}
