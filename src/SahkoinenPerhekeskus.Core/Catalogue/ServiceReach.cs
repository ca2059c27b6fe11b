using SahkoinenPerhekeskus.Core.Structure;

namespace SahkoinenPerhekeskus.Core.Catalogue;

/// <summary>
/// Which municipalities a service serves. One rule for search filters, municipality pages, the coverage
/// matrix and editors' scope, so that they can never disagree about where a service belongs.
/// </summary>
public static class ServiceReach
{
    /// <summary>True when a family living in <paramref name="municipality"/> can use the service.</summary>
    public static bool Serves(this Service service, Municipality municipality) => service.Coverage switch
    {
        ServiceCoverage.National => true,
        ServiceCoverage.Region => true,
        ServiceCoverage.Areas => service.Areas.Any(a => a.Id == municipality.AreaId),
        _ => service.Municipalities.Any(m => m.Id == municipality.Id),
    };

    /// <summary>The codes of the municipalities served, out of <paramref name="all"/> (the region's municipalities).</summary>
    public static IReadOnlyList<string> ServedMunicipalityCodes(this Service service, IEnumerable<Municipality> all) =>
        [.. all.Where(service.Serves).Select(m => m.Code).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Whether the service lies wholly inside a scope of municipalities: an editor scoped to those municipalities may
    /// change it. Region-wide and national services belong to the region, not to any one municipality.
    /// </summary>
    public static bool IsWithin(this Service service, IReadOnlySet<string> municipalityCodes, IEnumerable<Municipality> all)
    {
        if (service.Coverage is ServiceCoverage.National or ServiceCoverage.Region)
        {
            return false;
        }

        var served = service.ServedMunicipalityCodes(all);
        return served.Count > 0 && served.All(municipalityCodes.Contains);
    }
}
