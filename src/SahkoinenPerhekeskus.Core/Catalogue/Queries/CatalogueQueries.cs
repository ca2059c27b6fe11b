using SahkoinenPerhekeskus.Core.Editorial;
using SahkoinenPerhekeskus.Core.Publishing;
using SahkoinenPerhekeskus.Core.Structure;
using SahkoinenPerhekeskus.Core.Taxonomy;

namespace SahkoinenPerhekeskus.Core.Catalogue.Queries;

/// <summary>Read-side queries for the public tray. Only published entries ever leave this class.</summary>
public sealed class CatalogueQueries(PerhekeskusDbContext db)
{
    public IQueryable<Service> Published => db.Services.AsNoTracking().Where(s => s.Status == PublicationStatus.Published);

    public static IQueryable<Service> WithCardData(IQueryable<Service> q) => q
        .Include(s => s.ServiceType).Include(s => s.Organisation)
        .Include(s => s.Municipalities).Include(s => s.Areas).Include(s => s.Channels)
        .AsSplitQuery();

    public Task<Service?> ServiceBySlugAsync(string slug, CancellationToken ct) => ServiceAsync(Published.Where(s => s.Slug == slug), ct);

    /// <summary>Any state: the editor's preview shows a draft exactly as the public page would.</summary>
    public Task<Service?> ServiceForPreviewAsync(int id, CancellationToken ct) =>
        ServiceAsync(db.Services.AsNoTracking().Where(s => s.Id == id), ct);

    /// <summary>The images shown on a service page, newest first.</summary>
    public Task<List<MediaImage>> ImagesAsync(int serviceId, CancellationToken ct) =>
        db.MediaImages.AsNoTracking().Where(i => i.ServiceId == serviceId).OrderByDescending(i => i.Id).ToListAsync(ct);

    private static Task<Service?> ServiceAsync(IQueryable<Service> q, CancellationToken ct) => q
        .Include(s => s.ServiceType).Include(s => s.Organisation)
        .Include(s => s.Municipalities).ThenInclude(m => m.Area)
        .Include(s => s.Areas).Include(s => s.Needs).Include(s => s.AgeGroups)
        .Include(s => s.Channels.OrderBy(c => c.SortOrder)).ThenInclude(c => c.Hours)
        .AsSplitQuery()
        .FirstOrDefaultAsync(ct);

    public Task<List<Municipality>> MunicipalitiesAsync(CancellationToken ct) =>
        db.Municipalities.AsNoTracking().Include(m => m.Area).OrderBy(m => m.Name.Fi).ToListAsync(ct);

    public Task<List<Area>> AreasAsync(CancellationToken ct) =>
        db.Areas.AsNoTracking().Include(a => a.Municipalities).OrderBy(a => a.SortOrder).ToListAsync(ct);

    public Task<List<TaxonomyTerm>> TermsAsync(TaxonomyKind kind, CancellationToken ct) =>
        db.TaxonomyTerms.AsNoTracking().Where(t => t.Taxonomy == kind).OrderBy(t => t.SortOrder).ThenBy(t => t.Code).ToListAsync(ct);

    public Task<List<ServiceType>> ServiceTypesAsync(CancellationToken ct) =>
        db.ServiceTypes.AsNoTracking().OrderBy(t => t.Category).ThenBy(t => t.SortOrder).ThenBy(t => t.Code).ToListAsync(ct);

    /// <summary>Services marked urgent or emergency: the urgent-help box is built from these, so editors keep it current.</summary>
    public async Task<List<Service>> UrgentAsync(CancellationToken ct) =>
        await Published.Where(s => s.Urgency != Urgency.None)
            .Include(s => s.Channels.OrderBy(c => c.SortOrder))
            .OrderByDescending(s => s.Urgency).ThenBy(s => s.Name.Fi)
            .ToListAsync(ct);

    public Task<ContentPage?> PageAsync(string slug, CancellationToken ct) =>
        db.Pages.AsNoTracking().FirstOrDefaultAsync(p => p.Slug == slug && p.Status == PublicationStatus.Published, ct);

    public Task<List<ContentPage>> NewsAsync(int take, CancellationToken ct) =>
        db.Pages.AsNoTracking()
            .Where(p => p.Kind == PageKind.News && p.Status == PublicationStatus.Published)
            .OrderByDescending(p => p.PublishedAt).Take(take).ToListAsync(ct);

    public Task<List<ContentPage>> PagesAsync(CancellationToken ct) =>
        db.Pages.AsNoTracking().Where(p => p.Status == PublicationStatus.Published).OrderBy(p => p.Slug).ToListAsync(ct);

    public Task<List<Service>> PublishedForSitemapAsync(CancellationToken ct) =>
        Published.OrderBy(s => s.Slug).ToListAsync(ct);
}
