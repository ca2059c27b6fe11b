using SahkoinenPerhekeskus.Core.Structure;

namespace SahkoinenPerhekeskus.Core.Catalogue.Queries;

/// <summary>A family-centre area: its municipalities and the services it shares, grouped by the regional service types.</summary>
public sealed record AreaTrayView(Area Area, IReadOnlyList<Municipality> Municipalities, IReadOnlyList<AreaTraySection> Sections, IReadOnlyList<ServiceCard> Other);

/// <summary>One regional service type on an area page, with the area's shared services of that type.</summary>
public sealed record AreaTraySection(ServiceType Type, IReadOnlyList<ServiceCard> Services);

/// <summary>
/// Builds an area page. Only services whose coverage names this area are listed: municipal services live on the
/// municipality pages and region-wide ones on every municipality page, so the area page shows what only it has.
/// </summary>
public sealed class AreaTray(PerhekeskusDbContext db, CatalogueQueries queries)
{
    public const int MaxCode = 64;

    public async Task<AreaTrayView?> BuildAsync(string code, CancellationToken ct)
    {
        var area = await db.Areas.AsNoTracking().Include(a => a.Municipalities).FirstOrDefaultAsync(a => a.Code == code, ct);
        if (area is null)
        {
            return null;
        }

        var shared = await CatalogueQueries.WithCardData(queries.Published.Where(s =>
                s.Coverage == ServiceCoverage.Areas && s.Areas.Any(a => a.Id == area.Id)))
            .ToListAsync(ct);
        var types = await queries.ServiceTypesAsync(ct);
        var finnish = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fi-FI"), false);

        var sections = types
            .Select(type => new AreaTraySection(type, [.. shared.Where(s => s.ServiceTypeId == type.Id).OrderBy(s => s.Name.Fi, finnish).Select(ServiceCard.From)]))
            .Where(section => section.Services.Count > 0)
            .ToList();
        var other = shared.Where(s => s.ServiceTypeId is null).OrderBy(s => s.Name.Fi, finnish).Select(ServiceCard.From).ToList();
        var municipalities = area.Municipalities.OrderBy(m => m.Name.Fi, finnish).ToList();
        return new AreaTrayView(area, municipalities, sections, other);
    }
}
