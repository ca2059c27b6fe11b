namespace SahkoinenPerhekeskus.Core.Tests.ContentLoading;

/// <summary>The project's own content/ folder: it must always load, and it must keep the promises the site makes.</summary>
public sealed class RepositoryContentTests
{
    private static string ContentDirectory => new DataPaths(new PerhekeskusOptions()).ContentDirectory;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RepositoryContent_LoadsTwiceWithoutDuplicates(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();

        var first = await TestDatabase.Loader(db, ContentDirectory).LoadAsync();
        var channels = await db.ServiceChannels.CountAsync();
        var second = await TestDatabase.Loader(db, ContentDirectory).LoadAsync();

        Assert.Equal(first, second);
        Assert.Equal(first.Services, await db.Services.CountAsync());
        Assert.Equal(channels, await db.ServiceChannels.CountAsync());
    }

    [Fact]
    public async Task RepositoryContent_CoversEveryMunicipalityAndTheWholeTray()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var db = database.NewContext();
        await TestDatabase.Loader(db, ContentDirectory).LoadAsync();

        var municipalities = await db.Municipalities.ToListAsync();
        Assert.Equal(13, municipalities.Count);
        Assert.Equal(4, await db.Areas.CountAsync());
        var published = await db.Services.Include(s => s.Municipalities)
            .Where(s => s.Status == PublicationStatus.Published).ToListAsync();
        Assert.True(published.Count >= 150, $"only {published.Count} published demo services");
        foreach (var m in municipalities)
        {
            Assert.True(published.Count(s => s.Coverage == ServiceCoverage.Local && s.Municipalities.Any(x => x.Id == m.Id)) >= 5, $"{m.Name.Fi} has fewer than 5 local services");
        }

        Assert.Contains(published, s => s.Coverage == ServiceCoverage.Region);
        Assert.Contains(published, s => s.Coverage == ServiceCoverage.National && s.Urgency == Urgency.Emergency);
        Assert.True(published.Count(s => s.Urgency == Urgency.Urgent) >= 4);
        Assert.InRange(await db.ServiceTypes.CountAsync(), 20, 35);
        foreach (var slug in new[] { "etusivu", "tietoa-perhekeskuksesta", "toimintasuunnitelma", "kohtaamispaikat", "saavutettavuusseloste", "tietosuojaseloste" })
        {
            Assert.True(await db.Pages.AnyAsync(p => p.Slug == slug), $"page {slug} is missing");
        }

        Assert.True(await db.Pages.CountAsync(p => p.Kind == Core.Publishing.PageKind.News) >= 3);
    }
}
