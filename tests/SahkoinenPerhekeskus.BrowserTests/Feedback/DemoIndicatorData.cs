using SahkoinenPerhekeskus.Core.Feedback;

namespace SahkoinenPerhekeskus.BrowserTests.Feedback;

/// <summary>
/// Plausible demo figures for the dashboard (and its screenshot): answers on the demo services over six months and
/// search demand over three weeks. Deterministic, so the pages look the same on every run.
/// </summary>
public static class DemoIndicatorData
{
    private static readonly (string Text, int Weight, bool Zero)[] Searches =
    [
        ("neuvola", 9, false), ("perheneuvola", 6, false), ("kuraattori", 5, false), ("mielenterveys nuori", 4, false),
        ("puheterapia", 3, true), ("erotilanne", 3, false), ("imetys", 2, false), ("päihteet nuori", 2, false),
        ("unikoulu", 2, true), ("vertaistuki isät", 1, true),
    ];

    public static async Task SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerhekeskusDbContext>();
        var hasher = scope.ServiceProvider.GetRequiredService<SearchTermHasher>();
        var recorder = scope.ServiceProvider.GetRequiredService<FeedbackRecorder>();
        var today = FinnishDay.Today(TimeProvider.System);

        var slugs = await db.Services.AsNoTracking().Where(s => s.Status == PublicationStatus.Published && s.ServiceTypeId != null)
            .OrderBy(s => s.Slug).Select(s => s.Slug).Take(40).ToListAsync();
        for (var i = 0; i < slugs.Count; i++)
        {
            await recorder.RecordAsync(new FeedbackSubmission(FeedbackTargetKind.Service, slugs[i], i % 4 != 0, i % 5 == 0 ? "Tiedot löytyivät helposti." : null), CancellationToken.None);
        }

        var entries = await db.Set<FeedbackEntry>().ToListAsync();
        var spread = entries.Select((e, i) => new FeedbackEntry
        {
            Day = today.AddDays(-(i * 37 % 180)), TargetKind = e.TargetKind, TargetId = e.TargetId, ServiceTypeCode = e.ServiceTypeCode,
            MunicipalityCode = e.MunicipalityCode, AreaCode = e.AreaCode, Helpful = e.Helpful, Text = e.Text,
        }).ToList();
        db.RemoveRange(entries);
        db.AddRange(spread);

        string[] municipalities = ["", "167", "422", "260"];
        for (var d = 0; d < 21; d++)
        {
            var day = today.AddDays(-d);
            foreach (var (text, weight, zero) in Searches)
            {
                var municipality = municipalities[(d + weight) % municipalities.Length];
                var count = weight + (d % 3);
                db.Add(new SearchTermDayCount { Day = day, TermHash = hasher.Hash(text), MunicipalityCode = municipality, Searches = count, ZeroResults = zero ? count : 0 });
            }

            db.Add(new SearchDayCount { Day = day, MunicipalityCode = "", Searches = 60 + d, ZeroResults = 8 });
            db.Add(new SearchFilterDayCount { Day = day, MunicipalityCode = "", Filter = SearchFilterKinds.AgeGroup, Code = "vauva", Searches = 12 + (d % 4) });
            db.Add(new SearchFilterDayCount { Day = day, MunicipalityCode = "", Filter = SearchFilterKinds.Need, Code = "mielenterveys", Searches = 7 + (d % 5), ZeroResults = 1 });
        }

        db.AddRange(Searches.Select(s => new SearchTerm { TermHash = hasher.Hash(s.Text), Text = s.Text, RevealedOn = today.AddDays(-18) }));
        await db.SaveChangesAsync();
    }
}
