using SahkoinenPerhekeskus.Core.Editorial;
using SahkoinenPerhekeskus.Core.Structure;

namespace SahkoinenPerhekeskus.Core.Publishing;

/// <summary>Content pages and municipalities' news: what the page editor reads and the audited save.</summary>
public sealed class PageEditor(PerhekeskusDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>Every page and news item: articles first, the newest first within each kind.</summary>
    public Task<List<ContentPage>> ListAsync(CancellationToken ct) =>
        db.Pages.AsNoTracking().Include(p => p.Municipality).OrderBy(p => p.Kind).ThenByDescending(p => p.PublishedAt).ToListAsync(ct);

    public Task<ContentPage?> FindAsync(int id, CancellationToken ct) =>
        db.Pages.Include(p => p.Municipality).FirstOrDefaultAsync(p => p.Id == id, ct);

    public Task<List<Municipality>> MunicipalitiesAsync(CancellationToken ct) =>
        db.Municipalities.AsNoTracking().OrderBy(m => m.Name.Fi).ToListAsync(ct);

    public Task<Municipality?> MunicipalityAsync(string code, CancellationToken ct) =>
        db.Municipalities.FirstOrDefaultAsync(m => m.Code == code, ct);

    public Task<bool> SlugTakenAsync(string slug, CancellationToken ct) => db.Pages.AnyAsync(p => p.Slug == slug, ct);

    public async Task SaveAsync(ContentPage page, LocalizedText title, LocalizedText summary, LocalizedText body, bool publish, ScopeTarget scope, Actor actor, CancellationToken ct)
    {
        var before = new { Title = page.Title.Copy(), Summary = page.Summary.Copy(), Body = page.Body.Copy(), Status = page.Status.ToString() };
        var isNew = page.Id == 0;
        page.Title = title;
        page.Summary = summary;
        page.Body = body;
        page.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        page.Status = publish ? PublicationStatus.Published : PublicationStatus.Draft;
        page.PublishedAt = publish ? page.PublishedAt ?? page.UpdatedAt : page.PublishedAt;
        if (isNew)
        {
            db.Pages.Add(page);
        }

        audit.Record(actor, isNew ? "page.create" : "page.save", "page", page.Slug, scope, title.Fi, isNew ? null : before, new { Title = title, Summary = summary, Body = body, Status = page.Status.ToString() });
        await db.SaveChangesAsync(ct);
    }
}
