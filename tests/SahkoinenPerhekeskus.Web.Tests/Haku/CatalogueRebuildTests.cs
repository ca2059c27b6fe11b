using SahkoinenPerhekeskus.Core.Structure;
using SahkoinenPerhekeskus.Search;
using SahkoinenPerhekeskus.Search.Catalogue;

namespace SahkoinenPerhekeskus.Web.Tests.Haku;

/// <summary>The rebuild reads the catalogue in batches; every published service must still land in the index exactly once.</summary>
public sealed class CatalogueRebuildTests
{
    [Theory]
    [InlineData(7)]
    [InlineData(1)]
    [InlineData(100_000)]
    public async Task Rebuild_InBatches_IndexesEveryPublishedServiceOnce(int batchSize)
    {
        await using var factory = new PerhekeskusWebFactory();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerhekeskusDbContext>();
        var index = scope.ServiceProvider.GetRequiredService<IServiceIndex>();
        var draft = await db.Services.OrderBy(s => s.Id).FirstAsync();
        draft.Status = PublicationStatus.Draft;
        await db.SaveChangesAsync();
        var published = await db.Services.Where(s => s.Status == PublicationStatus.Published).Select(s => s.PublicId).ToListAsync();

        var sp = scope.ServiceProvider;
        await new CatalogueIndex(db, index, sp.GetRequiredService<AdminSynonymLoader>(), sp.GetRequiredService<ReferenceData>(), sp.GetRequiredService<CatchUpGate>(), TimeProvider.System) { BatchSize = batchSize }
            .RebuildAsync(null, CancellationToken.None);

        Assert.Equal(published.Count, index.Status.DocumentCount);
        var indexed = new List<string>();
        for (var page = 1; indexed.Count < published.Count + 1 && page < 100; page++)
        {
            var results = index.Search(new SearchQuery { Page = page, PageSize = 50 });
            if (results.Items.Count == 0)
            {
                break;
            }

            indexed.AddRange(results.Items.Select(i => i.Id));
        }

        Assert.Equal(published.Order(StringComparer.Ordinal), indexed.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(draft.PublicId, indexed);
    }
}
