using SahkoinenPerhekeskus.Core.Publishing;
using SahkoinenPerhekeskus.Core.Structure;

namespace SahkoinenPerhekeskus.Core.Editorial;

/// <summary>
/// Where a resource sits, as far as permissions care: its organisation and the municipalities it serves. The
/// same shape is stored with every audit entry, so the log can be filtered by scope after a service is gone.
/// </summary>
/// <param name="RegionWide">Region-wide or national: belongs to the region, not to any municipality.</param>
/// <param name="InReview">Sent for review and waiting: what a reviewer may publish.</param>
/// <param name="OrganisationMunicipality">The provider's own municipality (a municipality organisation's, or an NGO's home), when it has one.</param>
public sealed record ScopeTarget(
    int? OrganisationId,
    OrganisationKind? OrganisationKind,
    IReadOnlyList<string> MunicipalityCodes,
    bool RegionWide,
    bool InReview = false,
    string? OrganisationMunicipality = null)
{
    /// <summary>The regional structure: only admins.</summary>
    public static ScopeTarget Region { get; } = new(null, null, [], true);

    /// <summary>Uses <see cref="ServiceReach"/> so scope agrees with search and municipality pages. Needs Municipalities, Areas and Organisation loaded.</summary>
    public static ScopeTarget For(Service service, IReadOnlyCollection<Municipality> all, bool inReview = false) => new(
        service.OrganisationId,
        service.Organisation?.Kind,
        service.ServedMunicipalityCodes(all),
        service.Coverage is ServiceCoverage.National or ServiceCoverage.Region,
        inReview,
        all.FirstOrDefault(m => m.Id == service.Organisation?.MunicipalityId)?.Code);

    /// <summary>A municipality's own news page belongs to that municipality; other pages to the region.</summary>
    public static ScopeTarget For(ContentPage page, Municipality? municipality) => municipality is null
        ? Region
        : new(null, Catalogue.OrganisationKind.Municipality, [municipality.Code], false);
}
