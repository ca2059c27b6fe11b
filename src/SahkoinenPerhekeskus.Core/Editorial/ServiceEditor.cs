using System.Text;

namespace SahkoinenPerhekeskus.Core.Editorial;

/// <summary>
/// The editorial workflow of a service: every action writes a version (for content) and an audit entry in one
/// save (with its outbox row), then lets the search index catch up. Callers have already checked permission (the web's authorization handler)
/// and validated the snapshot; this class trusts both.
/// </summary>
public sealed partial class ServiceEditor(
    PerhekeskusDbContext db, ServiceSnapshotMapper mapper, AuditLog audit, ICatalogueIndex index, TimeProvider clock)
{
    /// <summary>How far "mark as checked" moves the review-by date, and the first review-by of a new service.</summary>
    public static readonly int ReviewIntervalMonths = 12;

    /// <summary>The structure the service form chooses from and a snapshot is validated against.</summary>
    public Task<EditorialReferenceData> ReferenceDataAsync(CancellationToken ct) => EditorialReferenceData.LoadAsync(db, ct);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The service with everything the editor, snapshots and scope checks read; tracked.</summary>
    public Task<Service?> FindAsync(int id, CancellationToken ct) => db.Services
        .Include(s => s.ServiceType).Include(s => s.Organisation)
        .Include(s => s.Municipalities).Include(s => s.Areas).Include(s => s.Needs).Include(s => s.AgeGroups)
        .Include(s => s.Channels).ThenInclude(c => c.Hours)
        .AsSplitQuery()
        .FirstOrDefaultAsync(s => s.Id == id, ct);

    public Task<ServiceVersion?> LatestVersionAsync(int serviceId, CancellationToken ct) =>
        db.ServiceVersions.AsNoTracking().Where(v => v.ServiceId == serviceId).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);

    /// <summary>What the editor shows: the newest version, or the row itself for a service never saved here (content, imports).</summary>
    public async Task<ServiceSnapshot> WorkingCopyAsync(Service service, CancellationToken ct) =>
        await LatestVersionAsync(service.Id, ct) is { } latest ? ServiceSnapshot.FromJson(latest.Snapshot) : ServiceSnapshot.From(service);

    public async Task<Service> CreateAsync(ServiceSnapshot snapshot, Actor actor, CancellationToken ct)
    {
        var slug = await UniqueSlugAsync(snapshot.Name.Fi, ct);
        var service = new Service
        {
            PublicId = slug.Length <= Service.MaxPublicId ? slug : slug[..Service.MaxPublicId],
            Slug = slug,
            Status = PublicationStatus.Draft,
            Source = EntrySource.Editor,
            CreatedAt = Now,
            UpdatedAt = Now,
            ReviewBy = Today().AddMonths(ReviewIntervalMonths),
        };
        await mapper.ApplyAsync(service, snapshot, ct);
        db.Services.Add(service);
        await db.SaveChangesAsync(ct);
        await AddVersionAsync(service, snapshot, VersionState.Draft, actor, RecordCodes.Created, ct);
        audit.Record(actor, "service.create", "service", Key(service), await ScopeAsync(service, ct), snapshot.Name.Fi, null, snapshot);
        await db.SaveChangesAsync(ct);
        return service;
    }

    /// <summary>
    /// Saves a new working copy. A service that is not public takes it at once; a published one keeps showing
    /// its published content until the draft is published.
    /// </summary>
    public async Task SaveDraftAsync(Service service, ServiceSnapshot snapshot, Actor actor, CancellationToken ct, VersionState state = VersionState.Draft, string? note = null)
    {
        await EnsureInitialVersionAsync(service, ct);
        var before = await WorkingCopyAsync(service, ct);
        var scopeBefore = await ScopeAsync(service, ct);
        if (!service.IsPublished)
        {
            await mapper.ApplyAsync(service, snapshot, ct);
            service.Status = state == VersionState.InReview ? PublicationStatus.InReview : PublicationStatus.Draft;
            service.UpdatedAt = Now;
        }

        await AddVersionAsync(service, snapshot, state, actor, note ?? (state == VersionState.InReview ? RecordCodes.SentForReview : RecordCodes.Saved), ct);
        audit.Record(actor, state == VersionState.InReview ? "service.review" : "service.save", "service", Key(service), scopeBefore, snapshot.Name.Fi, before, snapshot);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Makes the working copy public and searchable at once.</summary>
    public async Task PublishAsync(Service service, Actor actor, CancellationToken ct) =>
        await SaveAndPublishAsync(service, await WorkingCopyAsync(service, ct), actor, ct);

    /// <summary>
    /// Saves <paramref name="snapshot"/> and publishes it in one unit of work: one Published version, one audit entry
    /// and one transaction, so a failure leaves neither a stray draft nor a half-published service.
    /// </summary>
    public async Task SaveAndPublishAsync(Service service, ServiceSnapshot snapshot, Actor actor, CancellationToken ct)
    {
        await EnsureInitialVersionAsync(service, ct);
        // Before is what the public saw: the row, not a pending draft.
        var before = new { Status = service.Status.ToString(), Content = ServiceSnapshot.From(service) };
        await mapper.ApplyAsync(service, snapshot, ct);
        service.Status = PublicationStatus.Published;
        service.PublishedAt = Now;
        service.UpdatedAt = Now;
        await AddVersionAsync(service, snapshot, VersionState.Published, actor, RecordCodes.Published, ct);
        audit.Record(actor, "service.publish", "service", Key(service), await ScopeAsync(service, ct), snapshot.Name.Fi, before, new { Status = service.Status.ToString(), Content = snapshot });
        await db.SaveChangesAsync(ct);
        await index.CatchUpAsync(ct);
    }

    /// <summary>Takes the service off the public site and out of search; its working copy becomes the row again.</summary>
    public async Task UnpublishAsync(Service service, Actor actor, CancellationToken ct)
    {
        await EnsureInitialVersionAsync(service, ct);
        var working = await WorkingCopyAsync(service, ct);
        var before = service.Status;
        await mapper.ApplyAsync(service, working, ct);
        service.Status = PublicationStatus.Draft;
        service.UpdatedAt = Now;
        await AddVersionAsync(service, working, VersionState.Unpublished, actor, RecordCodes.Unpublished, ct);
        audit.Record(actor, "service.unpublish", "service", Key(service), await ScopeAsync(service, ct), working.Name.Fi, new { Status = before.ToString() }, new { Status = service.Status.ToString() });
        await db.SaveChangesAsync(ct);
        await index.CatchUpAsync(ct);
    }

    /// <summary>Restores the content of version <paramref name="number"/> as a new draft; publishing it is a separate step.</summary>
    public async Task<bool> RollbackAsync(Service service, int number, Actor actor, CancellationToken ct)
    {
        var target = await db.ServiceVersions.AsNoTracking().FirstOrDefaultAsync(v => v.ServiceId == service.Id && v.Number == number, ct);
        if (target is null)
        {
            return false;
        }

        var snapshot = ServiceSnapshot.FromJson(target.Snapshot);
        var before = await WorkingCopyAsync(service, ct);
        var scope = await ScopeAsync(service, ct);
        if (!service.IsPublished)
        {
            await mapper.ApplyAsync(service, snapshot, ct);
            service.Status = PublicationStatus.Draft;
            service.UpdatedAt = Now;
        }

        await AddVersionAsync(service, snapshot, VersionState.Draft, actor, RecordCodes.RestoredTo(number), ct);
        audit.Record(actor, "service.rollback", "service", Key(service), scope, $"versio {number}", before, snapshot);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Deletes the service with its versions, schedule and images; the audit entry keeps its last content.</summary>
    public async Task DeleteAsync(Service service, Actor actor, CancellationToken ct)
    {
        var scope = await ScopeAsync(service, ct);
        audit.Record(actor, "service.delete", "service", Key(service), scope, service.Name.Fi, await WorkingCopyAsync(service, ct), null);
        service.Status = PublicationStatus.Archived;
        await db.SaveChangesAsync(ct);
        db.Services.Remove(service);
        await db.SaveChangesAsync(ct);
        await index.CatchUpAsync(ct);
    }

    /// <summary>"Checked today": moves the review-by date a year ahead (Helsinki date).</summary>
    public async Task MarkCheckedAsync(Service service, Actor actor, CancellationToken ct)
    {
        var before = service.ReviewBy;
        service.ReviewBy = Today().AddMonths(ReviewIntervalMonths);
        audit.Record(actor, "service.check", "service", Key(service), await ScopeAsync(service, ct), service.Name.Fi, new { ReviewBy = before }, new { service.ReviewBy });
        await db.SaveChangesAsync(ct);
    }

    public async Task<ScopeTarget> ScopeAsync(Service service, CancellationToken ct, bool inReview = false) =>
        ScopeTarget.For(service, await db.Municipalities.AsNoTracking().ToListAsync(ct), inReview);

    public DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Helsinki).DateTime);

    public static TimeZoneInfo Helsinki { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    internal static string Key(Service service) => service.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Before the first change of a service from content or an import, its original state becomes version 1.</summary>
    private async Task EnsureInitialVersionAsync(Service service, CancellationToken ct)
    {
        if (service.Id != 0 && !await db.ServiceVersions.AnyAsync(v => v.ServiceId == service.Id, ct)
            && !db.ServiceVersions.Local.Any(v => v.ServiceId == service.Id))
        {
            InitialVersions.Add(db, service);
        }
    }

    private async Task AddVersionAsync(Service service, ServiceSnapshot snapshot, VersionState state, Actor actor, string note, CancellationToken ct)
    {
        // Versions added in this unit of work (the initial one) are not in the database yet.
        var stored = await db.ServiceVersions.Where(v => v.ServiceId == service.Id).MaxAsync(v => (int?)v.Number, ct) ?? 0;
        var pending = db.ServiceVersions.Local.Where(v => v.ServiceId == service.Id).Select(v => v.Number).DefaultIfEmpty(0).Max();
        var number = Math.Max(stored, pending);
        db.ServiceVersions.Add(new ServiceVersion
        {
            ServiceId = service.Id,
            Number = number + 1,
            State = state,
            CreatedAt = Now,
            ActorId = actor.Id,
            ActorName = actor.Name,
            Note = note,
            Snapshot = snapshot.ToJson(),
        });
    }

    private async Task<string> UniqueSlugAsync(string name, CancellationToken ct)
    {
        var baseSlug = Slugify(name);
        var slug = baseSlug;
        for (var n = 2; await db.Services.AnyAsync(s => s.Slug == slug || s.PublicId == slug, ct); n++)
        {
            slug = $"{baseSlug}-{n}";
        }

        return slug;
    }

    /// <summary>"Lasten neuvola, Ylä-Karjala" → "lasten-neuvola-yla-karjala": ä/å → a, ö → o, anything else → '-'.</summary>
    public static string Slugify(string name)
    {
        var sb = new StringBuilder();
        foreach (var ch in name.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(ch);
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(ch) != System.Globalization.UnicodeCategory.NonSpacingMark && sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var slug = sb.ToString().Trim('-');
        slug = slug.Length > 60 ? slug[..60].Trim('-') : slug;
        return slug.Length == 0 ? "palvelu" : slug;
    }
}
