using SahkoinenPerhekeskus.Core.Catalogue.Changes;
using SahkoinenPerhekeskus.Core.Taxonomy;
using SahkoinenPerhekeskus.Search;
using SahkoinenPerhekeskus.Search.Catalogue;

namespace SahkoinenPerhekeskus.Web.Tests.Haku;

/// <summary>
/// One path for index changes: every catalogue write leaves an outbox row in its own SaveChanges, the writing request
/// catches up at once, another node (here: a write straight to the database) within a follower tick, and a structure
/// edit re-reads only the services that show it. The made-up words occur nowhere in the demo content.
/// </summary>
public sealed class CatalogueOutboxTests
{
    [Fact]
    public async Task SaveChanges_OfAServiceOrItsParts_WritesItsRowInTheSameTransaction()
    {
        await using var factory = new PerhekeskusWebFactory();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerhekeskusDbContext>();
        var service = await db.Services.Include(s => s.Channels).Include(s => s.Needs).FirstAsync(s => s.Channels.Count > 0 && s.Needs.Count > 0);
        var other = await db.Services.Where(s => s.Id != service.Id).FirstAsync();
        var before = await db.CatalogueChanges.MaxAsync(c => (long?)c.Id) ?? 0;

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            other.Name = new LocalizedText("Peruttu muutos", null, null);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        db.ChangeTracker.Clear();
        Assert.Equal(0, await db.CatalogueChanges.CountAsync(c => c.Id > before));

        var channel = await db.ServiceChannels.FirstAsync(c => c.ServiceId == service.Id);
        channel.Street = "Muutoskatu 1";
        await db.SaveChangesAsync();
        var linked = await db.Services.Include(s => s.Needs).FirstAsync(s => s.Id == service.Id);
        linked.Needs.RemoveAt(0);
        await db.SaveChangesAsync();

        var rows = await db.CatalogueChanges.Where(c => c.Id > before).OrderBy(c => c.Id).ToListAsync();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(CatalogueChangeKind.Service, r.Kind));
        // The channel alone was loaded, so its row names the service by id; the link change had the service itself.
        Assert.Equal(service.Id, rows[0].ServiceId);
        Assert.Equal(service.PublicId, rows[1].ServicePublicId);
    }

    [Fact]
    public async Task ServiceEditor_RenameAndPublish_IsTheFirstHitAtOnce()
    {
        await using var factory = new PerhekeskusWebFactory();
        var client = factory.CreateClient();
        Assert.Empty(await SearchAsync(client, "zyxqvaw"));
        await using var scope = factory.Services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<ServiceEditor>();
        var db = scope.ServiceProvider.GetRequiredService<PerhekeskusDbContext>();
        var id = await db.Services.Where(s => s.Status == PublicationStatus.Published).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        var service = (await editor.FindAsync(id, CancellationToken.None))!;
        var snapshot = ServiceSnapshot.From(service);
        snapshot.Name = new LocalizedText("Zyxqvaw-kerho", snapshot.Name.Sv, snapshot.Name.En);

        await editor.SaveDraftAsync(service, snapshot, Actor.System, CancellationToken.None);
        await editor.PublishAsync(service, Actor.System, CancellationToken.None);

        var hits = await SearchAsync(client, "zyxqvaw");
        Assert.Equal(service.PublicId, hits.FirstOrDefault());

        await editor.UnpublishAsync(service, Actor.System, CancellationToken.None);
        Assert.Empty(await SearchAsync(client, "zyxqvaw"));
    }

    [Fact]
    public async Task StructureEdit_TermRenamed_ReReadsOnlyTheServicesThatShowIt()
    {
        await using var factory = new PerhekeskusWebFactory();
        var client = factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerhekeskusDbContext>();
        var catalogue = scope.ServiceProvider.GetRequiredService<CatalogueIndex>();
        var term = await db.TaxonomyTerms.Where(t => t.Taxonomy == TaxonomyKind.Need)
            .OrderBy(t => db.Services.Count(s => s.Needs.Contains(t))).LastAsync();
        var showing = await db.Services.Where(s => s.Needs.Contains(term)).Select(s => new { s.PublicId, s.Status }).ToListAsync();
        var documents = scope.ServiceProvider.GetRequiredService<IServiceIndex>().Status.DocumentCount;
        Assert.InRange(showing.Count, 1, documents - 1);

        // Written as another node would: nothing but the outbox row tells the index.
        term.Name = new LocalizedText("Qorvexin tarve", term.Name.Sv, term.Name.En);
        await db.SaveChangesAsync();
        var result = await catalogue.CatchUpAsync(CancellationToken.None);

        Assert.False(result.Rebuilt);
        Assert.Equal(showing.Count, result.Services);
        Assert.Equal(documents, scope.ServiceProvider.GetRequiredService<IServiceIndex>().Status.DocumentCount);
        var hits = await SearchAsync(client, "qorvexin");
        Assert.Equal(
            showing.Where(s => s.Status == PublicationStatus.Published).Select(s => s.PublicId).Order(StringComparer.Ordinal),
            hits.Order(StringComparer.Ordinal));
        Assert.Equal(0, (await catalogue.CatchUpAsync(CancellationToken.None)).Changes);
    }

    [Fact]
    public async Task Follower_WriteCommittedElsewhere_ReachesThisNodesSearchWithinTheInterval()
    {
        await using var factory = new PerhekeskusWebFactory().WithSetting("Perhekeskus:Search:FollowSeconds", "1");
        var client = factory.CreateClient();
        Assert.Empty(await SearchAsync(client, "vexquorra"));
        string publicId;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PerhekeskusDbContext>();
            var service = await db.Services.Where(s => s.Status == PublicationStatus.Published).OrderByDescending(s => s.Id).FirstAsync();
            service.Name = new LocalizedText("Vexquorra-ryhmä", service.Name.Sv, service.Name.En);
            await db.SaveChangesAsync();
            publicId = service.PublicId;
        }

        var hits = new List<string>();
        for (var waited = 0; hits.Count == 0 && waited < 10_000; waited += 200)
        {
            await Task.Delay(200);
            hits = await SearchAsync(client, "vexquorra");
        }

        Assert.Equal(publicId, hits.FirstOrDefault());
    }

    [Fact]
    public async Task Prune_KeepsTheNewestRow_SoACurrentIndexStillFindsItsPosition()
    {
        await using var factory = new PerhekeskusWebFactory();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerhekeskusDbContext>();
        var catalogue = scope.ServiceProvider.GetRequiredService<CatalogueIndex>();
        var service = await db.Services.FirstAsync();
        service.Name = new LocalizedText(service.Name.Fi + " (päivitetty)", service.Name.Sv, service.Name.En);
        await db.SaveChangesAsync();
        await catalogue.CatchUpAsync(CancellationToken.None);
        var newest = await db.CatalogueChanges.MaxAsync(c => c.Id);

        await catalogue.PruneAsync(TimeSpan.Zero, CancellationToken.None);

        Assert.Equal([newest], await db.CatalogueChanges.Select(c => c.Id).ToListAsync());
        Assert.Equal(newest, scope.ServiceProvider.GetRequiredService<IServiceIndex>().AppliedChange);
        Assert.False(await catalogue.IsStaleAsync(scope.ServiceProvider.GetRequiredService<SearchOptions>().VersionStamp, CancellationToken.None));
    }

    [Theory]
    [InlineData(new long[] { 11, 12, 13 }, 0, 13)]
    [InlineData(new long[] { 11, 13, 14 }, 0, 11)]
    [InlineData(new long[] { 11, 13, 14 }, 60, 14)]
    [InlineData(new long[] { 12, 13 }, 0, 10)]
    public void Advance_StopsBeforeAYoungGap_AndPassesASettledOne(long[] ids, int ageSeconds, long expected)
    {
        var now = new DateTime(2026, 12, 7, 12, 0, 0, DateTimeKind.Utc);
        var rows = ids.Select(id => new CatalogueChange { Id = id, At = now.AddSeconds(-ageSeconds) }).ToList();

        Assert.Equal(expected, CatalogueIndex.Advance(10, rows, now - CatalogueIndex.GapGrace));
    }

    private static async Task<List<string>> SearchAsync(HttpClient client, string text)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/services?pageSize=100&q=" + Uri.EscapeDataString(text)));
        return [.. json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
    }
}
