using SahkoinenPerhekeskus.Search;

namespace SahkoinenPerhekeskus.Web.Health;

/// <summary>
/// /healthz: the database answers and the index is readable. It names the analyser, so an operator sees at once
/// when a node runs without Voikko (the fallback is noticeably weaker for Finnish).
/// </summary>
public static class HealthEndpoint
{
    public sealed record Health(string Status, bool Database, HealthIndex Index);

    public sealed record HealthIndex(string Analyser, int Documents);

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", async (PerhekeskusDbContext db, IServiceIndex index, CancellationToken ct) =>
        {
            var database = await db.Database.CanConnectAsync(ct);
            var status = index.Status;
            var health = new Health(database ? "ok" : "unhealthy", database, new HealthIndex(status.Analyser, status.DocumentCount));
            return Results.Json(health, statusCode: database ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return app;
    }
}
