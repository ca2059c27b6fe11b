using System.Text.Json;
using SahkoinenPerhekeskus.Core.Accounts;

namespace SahkoinenPerhekeskus.Core.Editorial;

/// <summary>Who is acting: the account's id and e-mail (kept as text so the log outlives the account).</summary>
public sealed record Actor(string? Id, string Name)
{
    public static Actor System { get; } = new(null, RecordCodes.SystemActor);
}

/// <summary>
/// Writes audit entries into the same unit of work as the change they describe, so a change is never saved
/// without its entry or the other way round. Reading filters by the reader's scope.
/// </summary>
public sealed class AuditLog(PerhekeskusDbContext db, TimeProvider clock)
{
    public const int ReadWindow = 2000;

    public void Record(Actor actor, string action, string entityType, string entityId, ScopeTarget scope, string? summary, object? before, object? after)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            ActorId = actor.Id,
            ActorName = Truncate(actor.Name, ServiceVersion.MaxActorName)!,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Summary = Truncate(summary, AuditEntry.MaxSummary),
            ScopeOrganisationId = scope.OrganisationId,
            ScopeOrganisationKind = scope.OrganisationKind,
            ScopeMunicipalities = Truncate(string.Join(' ', scope.MunicipalityCodes), AuditEntry.MaxCodes)!,
            ScopeRegionWide = scope.RegionWide,
            Before = Serialize(before),
            After = Serialize(after),
        });
    }

    /// <summary>
    /// The newest entries the reader may see: everything for an admin, entries about resources inside the scope for
    /// others. Filtering happens in memory over the newest <see cref="ReadWindow"/> entries of the query.
    /// </summary>
    public async Task<List<AuditEntry>> ReadAsync(EditorScope scope, string? entityType, string? entityId, int take, CancellationToken ct)
    {
        var q = db.AuditEntries.AsNoTracking();
        if (entityType is not null)
        {
            q = q.Where(e => e.EntityType == entityType);
        }

        if (entityId is not null)
        {
            q = q.Where(e => e.EntityId == entityId);
        }

        var recent = await q.OrderByDescending(e => e.Id).Take(ReadWindow).ToListAsync(ct);
        return [.. recent.Where(e => EditorialPolicy.Covers(scope, e.Scope)).Take(take)];
    }

    private static string? Serialize(object? value) => value switch
    {
        null => null,
        string s => s,
        ServiceSnapshot snapshot => snapshot.ToJson(),
        _ => JsonSerializer.Serialize(value, ServiceSnapshot.Json),
    };

    private static string? Truncate(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}
