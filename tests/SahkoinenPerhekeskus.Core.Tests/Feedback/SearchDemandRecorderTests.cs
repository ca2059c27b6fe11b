using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SahkoinenPerhekeskus.Core.Feedback;
using SahkoinenPerhekeskus.Core.Tests.ContentLoading;

namespace SahkoinenPerhekeskus.Core.Tests.Feedback;

public sealed class SearchDemandRecorderTests
{
    private static readonly FeedbackOptions Options = new() { TermHashKey = Convert.ToBase64String(new byte[32]), TermThresholdDays = 3 };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Record_SameSearchesOverDays_KeepsDayCountsOnlyAndRevealsTheTextOnTheThirdDay(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));
        await using var db = database.NewContext();
        var recorder = Recorder(db, clock);
        var search = new SearchDemandEvent("Lasten  Neuvola", true, "167", ["vauva", "vauva"], ["terveys"]);

        await recorder.RecordAsync(search, CancellationToken.None);
        await recorder.RecordAsync(search, CancellationToken.None);
        clock.Advance(TimeSpan.FromDays(1));
        await recorder.RecordAsync(search with { MunicipalityCode = null }, CancellationToken.None);
        Assert.Empty(await db.Set<SearchTerm>().ToListAsync());
        clock.Advance(TimeSpan.FromDays(1));
        await recorder.RecordAsync(search, CancellationToken.None);

        var days = await db.Set<SearchDayCount>().AsNoTracking().OrderBy(d => d.Day).ThenBy(d => d.MunicipalityCode).ToListAsync();
        Assert.Equal([(1, "167", 2, 2), (2, "", 1, 1), (3, "167", 1, 1)], days.Select(d => (d.Day.Day, d.MunicipalityCode, d.Searches, d.ZeroResults)));
        var filters = await db.Set<SearchFilterDayCount>().AsNoTracking().Where(f => f.Day == new DateOnly(2026, 11, 1)).OrderBy(f => f.Filter).ToListAsync();
        Assert.Equal([("ika", "vauva", 2), ("tarve", "terveys", 2)], filters.Select(f => (f.Filter, f.Code, f.Searches)));
        Assert.Equal(3, await db.Set<SearchTermDayCount>().CountAsync());
        var term = Assert.Single(await db.Set<SearchTerm>().ToListAsync());
        Assert.Equal("lasten neuvola", term.Text);
        Assert.Equal(new DateOnly(2026, 11, 3), term.RevealedOn);
    }

    [Fact]
    public async Task Record_TextWithPersonalData_CountsTheSearchButNoTerm()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var db = database.NewContext();
        var recorder = Recorder(db, new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero)));

        await recorder.RecordAsync(new SearchDemandEvent("soita 040 123 4567", false, null, [], []), CancellationToken.None);

        Assert.Equal(1, await db.Set<SearchDayCount>().SumAsync(d => d.Searches));
        Assert.Empty(await db.Set<SearchTermDayCount>().ToListAsync());
    }

    private static SearchDemandRecorder Recorder(PerhekeskusDbContext db, TimeProvider clock) =>
        new(db, new SearchTermHasher(Microsoft.Extensions.Options.Options.Create(Options), new DataPaths(new PerhekeskusOptions())), clock,
            Microsoft.Extensions.Options.Options.Create(Options), NullLogger<SearchDemandRecorder>.Instance);
}
