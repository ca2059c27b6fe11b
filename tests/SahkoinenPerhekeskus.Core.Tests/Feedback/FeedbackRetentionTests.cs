using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SahkoinenPerhekeskus.Core.Feedback;
using SahkoinenPerhekeskus.Core.Tests.ContentLoading;

namespace SahkoinenPerhekeskus.Core.Tests.Feedback;

public sealed class FeedbackRetentionTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Purge_DeletesFreeTextOlderThanTheRetentionAndKeepsTheAnswer(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var today = new DateOnly(2026, 11, 23);
        db.AddRange(
            Entry(today.AddMonths(-24).AddDays(-1), "vanha"),
            Entry(today.AddMonths(-24), "juuri ja juuri"),
            Entry(today.AddDays(-1), "uusi"));
        db.AddRange(
            new SearchDayCount { Day = today.AddMonths(-25), MunicipalityCode = "", Searches = 1 },
            new SearchTermDayCount { Day = today.AddMonths(-25), MunicipalityCode = "", TermHash = "a", Searches = 1 },
            new SearchTerm { TermHash = "a", Text = "vanha haku", RevealedOn = today.AddMonths(-25) },
            new SearchDayCount { Day = today, MunicipalityCode = "", Searches = 1 });
        await db.SaveChangesAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

        var result = await new FeedbackRetention(db, clock, Options.Create(new FeedbackOptions())).PurgeAsync(CancellationToken.None);

        Assert.Equal(1, result.TextsDeleted);
        Assert.Equal(3, result.DemandRowsDeleted);
        var texts = await db.Set<FeedbackEntry>().AsNoTracking().OrderBy(e => e.Day).Select(e => e.Text).ToListAsync();
        Assert.Equal([null, "juuri ja juuri", "uusi"], texts);
        Assert.Equal(3, await db.Set<FeedbackEntry>().CountAsync());
        Assert.Empty(await db.Set<SearchTerm>().ToListAsync());
        Assert.Equal(1, await db.Set<SearchDayCount>().CountAsync());
    }

    [Fact]
    public async Task Job_RunsAtStartAndAgainAfterTheInterval()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));
        var options = Options.Create(new FeedbackOptions { TextRetentionMonths = 1, RetentionInterval = TimeSpan.FromDays(1) });
        var services = new ServiceCollection()
            .AddScoped(_ => database.NewContext())
            .AddScoped(sp => new FeedbackRetention(sp.GetRequiredService<PerhekeskusDbContext>(), clock, options))
            .BuildServiceProvider();
        await using (var db = database.NewContext())
        {
            db.AddRange(Entry(new DateOnly(2026, 10, 1), "poistuu heti"), Entry(new DateOnly(2026, 10, 23), "poistuu huomenna"));
            await db.SaveChangesAsync();
        }

        using var job = new FeedbackRetentionJob(services.GetRequiredService<IServiceScopeFactory>(), clock, options, NullLogger<FeedbackRetentionJob>.Instance);
        await job.StartAsync(CancellationToken.None);
        await WaitForTextsAsync(database, 1);
        await Task.Delay(200); // let the job reach its wait on the fake clock
        clock.Advance(TimeSpan.FromDays(1));
        await WaitForTextsAsync(database, 0);
        await job.StopAsync(CancellationToken.None);
    }

    private static async Task WaitForTextsAsync(TestDatabase database, int expected)
    {
        for (var i = 0; i < 200; i++)
        {
            await using var db = database.NewContext();
            if (await db.Set<FeedbackEntry>().CountAsync(e => e.Text != null) == expected)
            {
                return;
            }

            await Task.Delay(25);
        }

        Assert.Fail($"expected {expected} free texts left");
    }

    private static FeedbackEntry Entry(DateOnly day, string text) =>
        new() { Day = day, TargetKind = FeedbackTargetKind.Service, TargetId = "palvelu", Helpful = true, Text = text };
}
