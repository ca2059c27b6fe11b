using SahkoinenPerhekeskus.Core.Catalogue.Changes;

namespace SahkoinenPerhekeskus.Web.Tests.Infrastructure;

/// <summary>A node that polls only hourly, so a change row written behind its back stays unapplied.</summary>
public sealed class SlowFollowerFactory : PerhekeskusWebFactory
{
    public SlowFollowerFactory() => WithSetting("Perhekeskus:Search:FollowSeconds", "3600");
}

public sealed class HealthTests(SlowFollowerFactory factory) : IClassFixture<SlowFollowerFactory>
{
    [Fact]
    public async Task Live_AndReady_Answer200_ThenReadyTurns503WhileTheIndexLagsBehindTheChangeRows()
    {
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz/live")).StatusCode);
        var ready = await client.GetAsync("/healthz/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using (var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()))
        {
            Assert.Equal(0, body.RootElement.GetProperty("index").GetProperty("lagChanges").GetInt64());
        }

        // Another node's commit from a minute ago that this node has not applied.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PerhekeskusDbContext>();
            db.Set<CatalogueChange>().Add(new CatalogueChange { Kind = CatalogueChangeKind.Synonyms, At = DateTime.UtcNow.AddMinutes(-1) });
            await db.SaveChangesAsync();
        }

        var lagging = await client.GetAsync("/healthz/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, lagging.StatusCode);
        using var lag = JsonDocument.Parse(await lagging.Content.ReadAsStringAsync());
        Assert.Equal("catching-up", lag.RootElement.GetProperty("status").GetString());
        Assert.Equal(1, lag.RootElement.GetProperty("index").GetProperty("lagChanges").GetInt64());
        Assert.InRange(lag.RootElement.GetProperty("index").GetProperty("lagSeconds").GetDouble(), 30, 600);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz/live")).StatusCode);
    }
}
