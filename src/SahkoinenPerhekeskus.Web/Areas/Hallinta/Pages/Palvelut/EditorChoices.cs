using SahkoinenPerhekeskus.Core.Accounts;
using SahkoinenPerhekeskus.Core.Catalogue;
using SahkoinenPerhekeskus.Core.Structure;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Palvelut;

/// <summary>
/// What the editor offers this account: only organisations, municipalities and areas inside its scope. The
/// server still authorizes the saved state, so these lists are for convenience, not for security.
/// </summary>
public sealed record EditorChoices(
    EditorialReferenceData Reference,
    IReadOnlyList<Organisation> Organisations,
    IReadOnlyList<Municipality> Municipalities,
    IReadOnlyList<Area> Areas,
    bool RegionWide)
{
    public static EditorChoices For(EditorScope scope, EditorialReferenceData r)
    {
        if (scope.IsAdmin)
        {
            return new(r, [.. r.Organisations.Values], [.. r.Municipalities.Values], r.AreaList, true);
        }

        var homes = r.Municipalities.Values.ToDictionary(m => m.Id, m => m.Code);
        var organisations = r.Organisations.Values
            .Where(o => EditorialPolicy.MayNameProvider(scope, o.Kind, o.Id, o.MunicipalityId is { } id ? homes.GetValueOrDefault(id) : null))
            .ToList();
        var municipalities = scope.OrganisationId is not null && scope.MunicipalityCodes.Count == 0
            ? r.Municipalities.Values.ToList()
            : r.Municipalities.Values.Where(m => scope.MunicipalityCodes.Contains(m.Code)).ToList();
        var areas = r.AreaList.Where(a => a.Municipalities.Count > 0 && a.Municipalities.All(m => municipalities.Any(x => x.Code == m.Code))).ToList();
        return new(r, organisations, municipalities, areas, scope.OrganisationId is not null);
    }
}

/// <summary>The model of the shared form partial.</summary>
public sealed record ServiceFieldsModel(ServiceForm Form, EditorChoices Choices);
