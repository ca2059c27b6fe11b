using SahkoinenPerhekeskus.Core.Structure;

namespace SahkoinenPerhekeskus.Core.Catalogue.Queries;

/// <summary>How a service type is available to a family living in one municipality.</summary>
public enum Availability
{
    /// <summary>The municipality has its own entry.</summary>
    Local = 0,

    /// <summary>Served by an area or region-wide entry.</summary>
    Shared = 1,

    /// <summary>No entry serves the municipality; the nearest entries elsewhere are offered instead.</summary>
    Elsewhere = 2,

    /// <summary>A non-core type nobody offers here: the section is omitted.</summary>
    None = 3,
}

public sealed record TraySection(ServiceType Type, Availability Availability, IReadOnlyList<ServiceCard> Services);

public sealed record MunicipalityTrayView(Municipality Municipality, IReadOnlyList<TraySection> Sections, IReadOnlyList<ServiceCard> Other, IReadOnlyList<ServiceCard> National);

/// <summary>
/// Builds a municipality page: every regional service type in the same order everywhere, and for a core type with no
/// local entry, where the family can get it instead. No municipality ever shows an empty gap for a core service.
/// </summary>
public sealed class MunicipalityTray(PerhekeskusDbContext db, CatalogueQueries queries)
{
    public async Task<MunicipalityTrayView?> BuildAsync(string slug, CancellationToken ct)
    {
        var municipality = await db.Municipalities.AsNoTracking().Include(m => m.Area).FirstOrDefaultAsync(m => m.Slug == slug, ct);
        if (municipality is null)
        {
            return null;
        }

        var serving = await CatalogueQueries.WithCardData(queries.Published.Where(s =>
                s.Coverage == ServiceCoverage.National
                || s.Coverage == ServiceCoverage.Region
                || (s.Coverage == ServiceCoverage.Areas && s.Areas.Any(a => a.Id == municipality.AreaId))
                || (s.Coverage == ServiceCoverage.Local && s.Municipalities.Any(m => m.Id == municipality.Id))))
            .ToListAsync(ct);
        var types = await queries.ServiceTypesAsync(ct);
        var missingCore = types.Where(t => t.IsCore && !serving.Any(s => s.ServiceTypeId == t.Id && s.Coverage != ServiceCoverage.National)).Select(t => t.Id).ToList();
        var elsewhere = missingCore.Count == 0 ? [] : await CatalogueQueries.WithCardData(
                queries.Published.Where(s => s.ServiceTypeId != null && missingCore.Contains(s.ServiceTypeId.Value)))
            .ToListAsync(ct);

        var sections = new List<TraySection>();
        foreach (var type in types)
        {
            var ofType = serving.Where(s => s.ServiceTypeId == type.Id && s.Coverage != ServiceCoverage.National).ToList();
            var local = ofType.Where(s => s.Coverage == ServiceCoverage.Local).ToList();
            if (local.Count > 0)
            {
                sections.Add(new TraySection(type, Availability.Local, Cards(local.Concat(ofType.Except(local)))));
            }
            else if (ofType.Count > 0)
            {
                sections.Add(new TraySection(type, Availability.Shared, Cards(ofType)));
            }
            else if (type.IsCore)
            {
                // Nearest first: the same family-centre area, then the rest of the region.
                var nearest = elsewhere.Where(s => s.ServiceTypeId == type.Id)
                    .OrderBy(s => s.Municipalities.Any(m => m.AreaId == municipality.AreaId) ? 0 : 1)
                    .ThenBy(s => s.Name.Fi, StringComparer.Ordinal)
                    .Take(3);
                sections.Add(new TraySection(type, Availability.Elsewhere, [.. nearest.Select(ServiceCard.From)]));
            }
        }

        var other = serving.Where(s => s.ServiceTypeId is null && s.Coverage != ServiceCoverage.National);
        var national = serving.Where(s => s.Coverage == ServiceCoverage.National);
        return new MunicipalityTrayView(municipality, sections, Cards(other), Cards(national));
    }

    private static List<ServiceCard> Cards(IEnumerable<Service> services) =>
        [.. services.OrderBy(s => s.Coverage).ThenBy(s => s.Name.Fi, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fi-FI"), false)).Select(ServiceCard.From)];
}
