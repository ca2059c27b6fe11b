using SahkoinenPerhekeskus.Core.Catalogue;
using SahkoinenPerhekeskus.Core.Feedback;
using SahkoinenPerhekeskus.Core.Publishing;
using SahkoinenPerhekeskus.Core.Structure;
using SahkoinenPerhekeskus.Core.Taxonomy;
using SahkoinenPerhekeskus.Web.Tests.Feedback;

namespace SahkoinenPerhekeskus.Web.Tests.Hallinta.Indikaattorit;

/// <summary>
/// A small region seeded by hand, so every figure on the dashboard can be worked out on paper (see DashboardTests):
/// areas Keskinen (Alfa 101, Beta 102) and Pohjoinen (Gamma 201); core types Neuvola, Kuraattori, Perheneuvola and
/// the non-core Kerho; feedback on 5 Oct and 10 Nov, searches on 1–3 Nov; today is 23 Nov 2026.
/// </summary>
public sealed class DashboardFactory : FeedbackWebFactory, IAsyncLifetime
{
    public DashboardFactory()
        : base(new DateTimeOffset(2026, 10, 5, 9, 0, 0, TimeSpan.Zero)) =>
        WithSetting("Perhekeskus:SeedContent", "false");

    public async Task InitializeAsync()
    {
        _ = Services;
        await using (var scope = Services.CreateAsyncScope())
        {
            SeedCatalogue(scope.ServiceProvider.GetRequiredService<PerhekeskusDbContext>());
            await scope.ServiceProvider.GetRequiredService<PerhekeskusDbContext>().SaveChangesAsync();
        }

        await FeedbackAsync(("alfa-neuvola", true, null), ("alfa-neuvola", false, null), ("/sivut/tietoa", true, "Hyvä sivu, soita 040 123 4567"));
        Clock.SetUtcNow(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
        await SearchesAsync(
            new("neuvola", false, null, ["vauva"], []),
            new("puheterapia", true, "101", [], ["terveys"]),
            new("Matti Virtanen", false, null, [], []),
            new("kerho", true, "201", [], []));
        Clock.Advance(TimeSpan.FromDays(1));
        await SearchesAsync(
            new("neuvola", false, "101", [], []),
            new("puheterapia", true, "101", [], ["terveys"]),
            new("Matti Virtanen", false, null, [], []),
            new("matti  virtanen", false, null, [], []));
        Clock.Advance(TimeSpan.FromDays(1));
        await SearchesAsync(
            new("Neuvola", false, null, [], []),
            new("puheterapia", true, "102", [], ["terveys"]));
        Clock.SetUtcNow(new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero));
        await FeedbackAsync(("alfa-neuvola", true, null), ("keskinen-kuraattori", true, null), ("alue-perheneuvola", false, null));
        Clock.SetUtcNow(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    private async Task FeedbackAsync(params (string Slug, bool Helpful, string? Text)[] answers)
    {
        await using var scope = Services.CreateAsyncScope();
        var recorder = scope.ServiceProvider.GetRequiredService<FeedbackRecorder>();
        foreach (var (slug, helpful, text) in answers)
        {
            var submission = slug.StartsWith("/sivut/", StringComparison.Ordinal)
                ? new FeedbackSubmission(FeedbackTargetKind.Page, slug["/sivut/".Length..], helpful, text)
                : new FeedbackSubmission(FeedbackTargetKind.Service, slug, helpful, text);
            Assert.True(await recorder.RecordAsync(submission, CancellationToken.None));
        }
    }

    private async Task SearchesAsync(params SearchDemandEvent[] searches)
    {
        await using var scope = Services.CreateAsyncScope();
        var recorder = scope.ServiceProvider.GetRequiredService<ISearchDemandRecorder>();
        foreach (var search in searches)
        {
            await recorder.RecordAsync(search, CancellationToken.None);
        }
    }

    private static void SeedCatalogue(PerhekeskusDbContext db)
    {
        static LocalizedText T(string fi) => new(fi);
        var region = new Region { Code = "testi", Name = T("Testialue") };
        var keskinen = new Area { Code = "keskinen", Name = T("Keskinen"), Region = region, SortOrder = 1 };
        var pohjoinen = new Area { Code = "pohjoinen", Name = T("Pohjoinen"), Region = region, SortOrder = 2 };
        var alfa = new Municipality { Code = "101", Slug = "alfa", Name = T("Alfa"), Area = keskinen };
        var beta = new Municipality { Code = "102", Slug = "beta", Name = T("Beta"), Area = keskinen };
        var gamma = new Municipality { Code = "201", Slug = "gamma", Name = T("Gamma"), Area = pohjoinen };
        var county = new Organisation { Code = "hva", Kind = OrganisationKind.WellbeingCounty, Name = T("Hyvinvointialue") };
        var ngo = new Organisation { Code = "yhd", Kind = OrganisationKind.Ngo, Name = T("Yhdistys") };
        var neuvola = new ServiceType { Code = "neuvola", Slug = "neuvola", IsCore = true, SortOrder = 10, Name = T("Neuvola") };
        var kuraattori = new ServiceType { Code = "kuraattori", Slug = "kuraattori", IsCore = true, SortOrder = 20, Name = T("Kuraattori") };
        var perheneuvola = new ServiceType { Code = "perheneuvola", Slug = "perheneuvola", IsCore = true, SortOrder = 30, Name = T("Perheneuvola") };
        var kerho = new ServiceType { Code = "kerho", Slug = "kerho", IsCore = false, SortOrder = 40, Name = T("Kerho") };
        db.AddRange(region, alfa, beta, gamma, county, ngo, neuvola, kuraattori, perheneuvola, kerho);
        db.AddRange(
            new TaxonomyTerm { Taxonomy = TaxonomyKind.AgeGroup, Code = "vauva", Name = T("Vauva"), SortOrder = 1, MinMonths = 0, MaxMonths = 11 },
            new TaxonomyTerm { Taxonomy = TaxonomyKind.Need, Code = "terveys", Name = T("Terveys"), SortOrder = 1 });
        db.Add(new ContentPage { Slug = "tietoa", Title = T("Tietoa"), Status = PublicationStatus.Published, Kind = PageKind.Static });

        Service S(string slug, ServiceType type, Organisation org, ServiceCoverage coverage, DateOnly? reviewBy, PublicationStatus status = PublicationStatus.Published) =>
            new() { PublicId = slug, Slug = slug, ServiceType = type, Organisation = org, Coverage = coverage, ReviewBy = reviewBy, Status = status, Name = T(slug) };
        var s1 = S("alfa-neuvola", neuvola, county, ServiceCoverage.Local, new DateOnly(2026, 11, 22));
        s1.Municipalities.Add(alfa);
        var s2 = S("beta-neuvola", neuvola, county, ServiceCoverage.Local, new DateOnly(2026, 12, 31));
        s2.Municipalities.Add(beta);
        var s3 = S("keskinen-kuraattori", kuraattori, county, ServiceCoverage.Areas, null);
        s3.Areas.Add(keskinen);
        var s4 = S("alue-perheneuvola", perheneuvola, ngo, ServiceCoverage.Region, new DateOnly(2026, 1, 1));
        var s5 = S("gamma-kuraattori", kuraattori, ngo, ServiceCoverage.Local, null, PublicationStatus.Draft);
        s5.Municipalities.Add(gamma);
        var s6 = S("gamma-kerho", kerho, ngo, ServiceCoverage.Local, new DateOnly(2026, 11, 1));
        s6.Municipalities.Add(gamma);
        var s7 = S("valtakunnallinen-neuvonta", neuvola, ngo, ServiceCoverage.National, null);
        db.AddRange(s1, s2, s3, s4, s5, s6, s7);
    }
}
