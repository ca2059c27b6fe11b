using Microsoft.Extensions.Time.Testing;
using SahkoinenPerhekeskus.Core.Structure;
using SahkoinenPerhekeskus.Core.Tests.ContentLoading;

namespace SahkoinenPerhekeskus.Core.Tests.Structure;

public sealed class ReferenceDataTests
{
    private static string ContentDirectory => new DataPaths(new PerhekeskusOptions()).ContentDirectory;

    [Fact]
    public async Task GetAsync_ReadsOnceThenServesTheSameSnapshot_UntilInvalidatedOrOld()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var db = database.NewContext();
        await TestDatabase.Loader(db, ContentDirectory).LoadAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));
        var reference = new ReferenceData(clock);

        var first = await reference.GetAsync(db, CancellationToken.None);
        Assert.Equal(13, first.Municipalities.Count);
        Assert.Same(first, await reference.GetAsync(db, CancellationToken.None));

        // A rename this node did not announce stays unseen until the snapshot is too old.
        await Rename(database, "167", "Joensuu (uusi nimi)");
        clock.Advance(ReferenceData.MaxAge - TimeSpan.FromSeconds(1));
        Assert.Equal("Joensuu", (await reference.GetAsync(db, CancellationToken.None)).Municipality("167")!.Name.Fi);
        clock.Advance(TimeSpan.FromSeconds(2));
        var aged = await reference.GetAsync(db, CancellationToken.None);
        Assert.NotSame(first, aged);
        Assert.Equal("Joensuu (uusi nimi)", aged.Municipality("167")!.Name.Fi);

        // A structure edit on this node invalidates at once.
        await Rename(database, "167", "Joensuu");
        reference.Invalidate();
        Assert.Equal("Joensuu", (await reference.GetAsync(db, CancellationToken.None)).FindMunicipality("joensuu")!.Name.Fi);
    }

    [Fact]
    public async Task Snapshot_FindsMunicipalitiesByCodeSlugAndName_AndKnowsTheTermCodes()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var db = database.NewContext();
        await TestDatabase.Loader(db, ContentDirectory).LoadAsync();

        var snapshot = await new ReferenceData(TimeProvider.System).GetAsync(db, CancellationToken.None);

        Assert.Equal("167", snapshot.FindMunicipality("167")!.Code);
        Assert.Equal("167", snapshot.FindMunicipality("JOENSUU")!.Code);
        Assert.Equal("167", snapshot.FindMunicipality("Joensuu")!.Code);
        Assert.Null(snapshot.FindMunicipality("Atlantis"));
        Assert.NotNull(snapshot.Municipality("167")!.Area);
        Assert.Equal(await db.TaxonomyTerms.CountAsync(t => t.Taxonomy == Core.Taxonomy.TaxonomyKind.Need), snapshot.NeedCodes.Count);
        Assert.Equal(await db.TaxonomyTerms.CountAsync(t => t.Taxonomy == Core.Taxonomy.TaxonomyKind.AgeGroup), snapshot.AgeGroupCodes.Count);
        Assert.NotEmpty(snapshot.AgeGroupCodes);
    }

    private static async Task Rename(TestDatabase database, string code, string name)
    {
        await using var other = database.NewContext();
        var municipality = await other.Municipalities.SingleAsync(m => m.Code == code);
        municipality.Name = new LocalizedText { Fi = name, Sv = municipality.Name.Sv, En = municipality.Name.En };
        await other.SaveChangesAsync();
    }
}
