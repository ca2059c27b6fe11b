using SahkoinenPerhekeskus.Core.Accounts;
using SahkoinenPerhekeskus.Core.Structure;

namespace SahkoinenPerhekeskus.Core.Editorial;

/// <summary>The newest version of a service, without its snapshot.</summary>
public sealed record VersionInfo(int ServiceId, int Number, VersionState State, string? ActorId, string ActorName, DateTime CreatedAt, string? Note);

/// <summary>A service in a back-office list: the row, its scope and its working-copy state.</summary>
public sealed record ServiceRow(Service Service, ScopeTarget Scope, VersionInfo? Latest)
{
    /// <summary>A published service whose newest version has not been published yet.</summary>
    public bool HasPendingDraft => Service.IsPublished && Latest is { State: VersionState.Draft or VersionState.InReview };

    public bool InReview => Latest?.State == VersionState.InReview || Service.Status == PublicationStatus.InReview;
}

public sealed record Dashboard(
    IReadOnlyList<ServiceRow> MyDrafts,
    IReadOnlyList<ServiceRow> WaitingForReview,
    IReadOnlyList<ServiceRow> PastReviewBy,
    IReadOnlyList<AuditEntry> RecentChanges,
    IReadOnlyList<(ScheduledAction Action, ServiceRow Row)> Scheduled);

/// <summary>Read side of the back office. Lists are filtered by scope in memory: the tray is a few thousand services at most.</summary>
public sealed class EditorialQueries(PerhekeskusDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<List<ServiceRow>> ServicesInScopeAsync(EditorScope scope, CancellationToken ct)
    {
        var municipalities = await db.Municipalities.AsNoTracking().ToListAsync(ct);
        var services = await db.Services.AsNoTracking()
            .Include(s => s.ServiceType).Include(s => s.Organisation).Include(s => s.Municipalities).Include(s => s.Areas)
            .AsSplitQuery().OrderBy(s => s.Name.Fi).ToListAsync(ct);
        var latest = await LatestVersionsAsync(ct);
        return [.. services
            .Select(s => new ServiceRow(s, ScopeTarget.For(s, municipalities), latest.GetValueOrDefault(s.Id)))
            .Where(r => EditorialPolicy.Covers(scope, r.Scope))];
    }

    public async Task<Dashboard> DashboardAsync(EditorScope scope, string? userId, CancellationToken ct)
    {
        var rows = await ServicesInScopeAsync(scope, ct);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), ServiceEditor.Helsinki).DateTime);
        var byId = rows.ToDictionary(r => r.Service.Id);
        var scheduled = await db.ScheduledActions.AsNoTracking().OrderBy(a => a.DueAt).ToListAsync(ct);
        return new Dashboard(
            [.. rows.Where(r => r.Latest is { State: VersionState.Draft } latest && latest.ActorId == userId && (!r.Service.IsPublished || r.HasPendingDraft))],
            [.. rows.Where(r => r.InReview)],
            [.. rows.Where(r => r.Service.IsPublished && r.Service.ReviewBy is { } due && due < today).OrderBy(r => r.Service.ReviewBy)],
            await audit.ReadAsync(scope, null, null, 15, ct),
            [.. scheduled.Where(a => byId.ContainsKey(a.ServiceId)).Select(a => (a, byId[a.ServiceId]))]);
    }

    /// <summary>The names of what a scope covers, for the desk's heading; empty for a regional admin (the caller says "the region").</summary>
    public async Task<IReadOnlyList<string>> ScopeNamesAsync(EditorScope scope, CancellationToken ct)
    {
        var parts = new List<string>();
        if (scope.MunicipalityCodes.Count > 0)
        {
            var codes = scope.MunicipalityCodes.ToList();
            parts.AddRange(await db.Municipalities.Where(m => codes.Contains(m.Code)).OrderBy(m => m.Name.Fi).Select(m => m.Name.Fi).ToListAsync(ct));
        }

        if (scope.OrganisationId is { } id && await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, ct) is { } organisation)
        {
            parts.Add(organisation.Name.Fi);
        }

        return parts;
    }

    /// <summary>One audit entry, or null when there is none or the scope does not cover it (as good as absent).</summary>
    public async Task<AuditEntry?> AuditEntryAsync(EditorScope scope, long id, CancellationToken ct) =>
        await db.AuditEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct) is { } entry && EditorialPolicy.Covers(scope, entry.Scope)
            ? entry
            : null;

    /// <summary>The structure a snapshot's codes refer to, for validation and for showing its fields in words.</summary>
    public Task<EditorialReferenceData> ReferenceDataAsync(CancellationToken ct) => EditorialReferenceData.LoadAsync(db, ct);

    public async Task<Dictionary<int, VersionInfo>> LatestVersionsAsync(CancellationToken ct)
    {
        var all = await db.ServiceVersions.AsNoTracking()
            .Select(v => new VersionInfo(v.ServiceId, v.Number, v.State, v.ActorId, v.ActorName, v.CreatedAt, v.Note))
            .ToListAsync(ct);
        return all.GroupBy(v => v.ServiceId).ToDictionary(g => g.Key, g => g.MaxBy(v => v.Number)!);
    }

    public Task<List<ServiceVersion>> VersionsAsync(int serviceId, CancellationToken ct) =>
        db.ServiceVersions.AsNoTracking().Where(v => v.ServiceId == serviceId).OrderByDescending(v => v.Number).ToListAsync(ct);

    /// <summary>The services in scope whose Swedish or English texts are missing, by municipality.</summary>
    public async Task<IReadOnlyList<TranslationGroup>> TranslationCoverageAsync(EditorScope scope, LocalizedText nationalName, CancellationToken ct)
    {
        var rows = await ServicesInScopeAsync(scope, ct);
        var municipalities = await db.Municipalities.AsNoTracking().ToListAsync(ct);
        var region = await db.Regions.AsNoTracking().Select(r => r.Name).FirstOrDefaultAsync(ct) ?? new LocalizedText("Koko alue");
        return TranslationCoverage.Build(rows, municipalities, region, nationalName);
    }

    public Task<List<Municipality>> MunicipalitiesAsync(CancellationToken ct) =>
        db.Municipalities.AsNoTracking().OrderBy(m => m.Name.Fi).ToListAsync(ct);
}
