using Microsoft.Extensions.Logging;

namespace SahkoinenPerhekeskus.Core.Editorial;

/// <summary>Scheduled publish and unpublish: adding, cancelling, and running those that are due.</summary>
public sealed partial class ServiceScheduler(PerhekeskusDbContext db, ServiceEditor editor, AuditLog audit, TimeProvider clock, ILogger<ServiceScheduler> logger)
{
    public async Task<ScheduledAction> ScheduleAsync(Catalogue.Service service, ScheduledKind kind, DateTime dueUtc, Actor actor, CancellationToken ct)
    {
        var action = new ScheduledAction
        {
            ServiceId = service.Id,
            Kind = kind,
            DueAt = dueUtc,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            ActorId = actor.Id,
            ActorName = actor.Name,
        };
        db.ScheduledActions.Add(action);
        audit.Record(actor, "service.schedule", "service", ServiceEditor.Key(service), await editor.ScopeAsync(service, ct), $"{kind} {dueUtc:O}", null, new { Kind = kind.ToString(), DueAt = dueUtc });
        await db.SaveChangesAsync(ct);
        return action;
    }

    public async Task<bool> CancelAsync(Catalogue.Service service, int actionId, Actor actor, CancellationToken ct)
    {
        var action = await db.ScheduledActions.FirstOrDefaultAsync(a => a.Id == actionId && a.ServiceId == service.Id, ct);
        if (action is null)
        {
            return false;
        }

        db.ScheduledActions.Remove(action);
        audit.Record(actor, "service.unschedule", "service", ServiceEditor.Key(service), await editor.ScopeAsync(service, ct), $"{action.Kind} {action.DueAt:O}", new { Kind = action.Kind.ToString(), action.DueAt }, null);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public Task<List<ScheduledAction>> PendingAsync(int serviceId, CancellationToken ct) =>
        db.ScheduledActions.AsNoTracking().Where(a => a.ServiceId == serviceId).OrderBy(a => a.DueAt).ToListAsync(ct);

    /// <summary>Runs every action due by now, oldest first, each as the account that scheduled it. Returns how many ran.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.ScheduledActions.Where(a => a.DueAt <= now).OrderBy(a => a.DueAt).ThenBy(a => a.Id).ToListAsync(ct);
        foreach (var action in due)
        {
            var service = await editor.FindAsync(action.ServiceId, ct);
            db.ScheduledActions.Remove(action);
            if (service is null)
            {
                await db.SaveChangesAsync(ct);
                continue;
            }

            var actor = new Actor(action.ActorId, action.ActorName + " (ajastettu)");
            if (action.Kind == ScheduledKind.Publish)
            {
                await editor.PublishAsync(service, actor, ct);
            }
            else if (service.IsPublished)
            {
                await editor.UnpublishAsync(service, actor, ct);
            }
            else
            {
                await db.SaveChangesAsync(ct);
            }

            LogRan(logger, action.Kind, action.ServiceId);
        }

        return due.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled {Kind} of service {ServiceId} done")]
    private static partial void LogRan(ILogger logger, ScheduledKind kind, int serviceId);
}
