using Microsoft.EntityFrameworkCore;
using SahkoinenPerhekeskus.Core.Catalogue.Changes;
using SahkoinenPerhekeskus.Search;

namespace SahkoinenPerhekeskus.Web.Health;

/// <summary>
/// Health for a load balancer and for people:
/// <list type="bullet">
/// <item><c>/healthz/live</c>: the process answers (restart it if not); touches nothing.</item>
/// <item><c>/healthz/ready</c>: send it traffic. The database answers and this node's index is no more than
/// <see cref="MaxLag"/> behind the change rows (ADR 0013), so a node that is catching up after a restart waits.</item>
/// <item><c>/healthz</c>: the same as ready, kept for existing monitors.</item>
/// </list>
/// Each names the analyser, so an operator sees at once when a node runs without Voikko.
/// </summary>
public static class HealthEndpoint
{
    /// <summary>How far the index may trail the newest change row and still take traffic (the follower polls every 5 s).</summary>
    public static readonly TimeSpan MaxLag = TimeSpan.FromSeconds(30);

    public sealed record Health(string Status, bool Database, HealthIndex Index);

    /// <param name="LagChanges">Change rows committed that this node's index has not applied yet.</param>
    /// <param name="LagSeconds">How long the oldest of them has waited (0 when none).</param>
    public sealed record HealthIndex(string Analyser, int Documents, long LagChanges = 0, double LagSeconds = 0);

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz/live", () => Results.Json(new { Status = "ok" }));
        app.MapGet("/healthz/ready", ReadyAsync);
        app.MapGet("/healthz", ReadyAsync);
        return app;
    }

    private static async Task<IResult> ReadyAsync(PerhekeskusDbContext db, IServiceIndex index, TimeProvider time, CancellationToken ct)
    {
        var status = index.Status;
        bool database;
        (long Changes, double Seconds) lag = (0, 0);
        try
        {
            var pending = db.Set<CatalogueChange>().Where(c => c.Id > index.AppliedChange);
            var count = await pending.LongCountAsync(ct);
            if (count > 0)
            {
                var oldest = await pending.MinAsync(c => c.At, ct);
                lag = (count, Math.Max(0, (time.GetUtcNow().UtcDateTime - oldest).TotalSeconds));
            }

            database = true;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            database = false;
        }

        var ready = database && lag.Seconds <= MaxLag.TotalSeconds;
        var health = new Health(ready ? "ok" : database ? "catching-up" : "unhealthy", database, new HealthIndex(status.Analyser, status.DocumentCount, lag.Changes, Math.Round(lag.Seconds, 1)));
        return Results.Json(health, statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
