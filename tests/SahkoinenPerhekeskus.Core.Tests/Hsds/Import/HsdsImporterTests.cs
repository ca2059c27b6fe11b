using SahkoinenPerhekeskus.Core.Hsds.Import;

namespace SahkoinenPerhekeskus.Core.Tests.Hsds.Import;

public sealed class HsdsImporterTests : IDisposable
{
    private readonly HsdsTestRegion _region = new();

    public void Dispose() => _region.Dispose();

    [Fact]
    public async Task Import_SmallFile_CountsEveryKindOfRecord()
    {
        var report = await _region.ImportFixtureAsync("small.hsds.json");

        Assert.Empty(report.Errors);
        Assert.Equal("3.0", report.HsdsVersion);
        Assert.Equal((1, 5, 1), (report.TaxonomyTermsCreated, report.TaxonomyTermsUpdated, report.TaxonomyTermsSkipped));
        Assert.Equal((4, 0, 0), (report.OrganisationsCreated, report.OrganisationsUpdated, report.OrganisationsRejected));
        Assert.Equal((5, 0, 0), (report.ServicesCreated, report.ServicesUpdated, report.ServicesRejected));
        Assert.Contains(report.WarningMessages, w => w.Contains("x_tekija", StringComparison.Ordinal));
        Assert.Contains(report.WarningMessages, w => w.Contains("FREQ=MONTHLY", StringComparison.Ordinal));
        Assert.Contains(report.WarningMessages, w => w.Contains("palveluluokka", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_SmallFile_MapsLocalServiceWithPlaceHoursAndTerms()
    {
        await _region.ImportFixtureAsync("small.hsds.json");

        await using var db = _region.NewContext();
        var s = await Load(db, "svc-perhekahvila-lieksa");
        Assert.Equal(EntrySource.Hsds, s.Source);
        Assert.Equal(PublicationStatus.Published, s.Status);
        Assert.Equal("perhekahvila-lieksa-svcperhe", s.Slug);
        Assert.Equal("Perhekahvilassa vauvat, taaperot ja vanhemmat tapaavat toisiaan.", s.Summary.Fi);
        Assert.Equal(ServiceCoverage.Local, s.Coverage);
        Assert.Equal(["422"], s.Municipalities.Select(m => m.Code));
        Assert.Equal((AgeRange.PregnancyStart, 83), (s.MinMonths, s.MaxMonths));
        Assert.True(s.NoReferral);
        Assert.True(s.IsFree);
        Assert.Equal(["fi", "ru"], s.Languages);
        Assert.Equal(new DateTime(2026, 1, 10, 8, 0, 0, DateTimeKind.Utc), s.UpdatedAt);
        Assert.Equal(["kerhot", "vertaistuki"], s.Needs.Select(t => t.Code).Order());
        Assert.Equal(["odotusaika", "vauva"], s.AgeGroups.Select(t => t.Code).Order());
        Assert.Equal("Kerhot ja harrastukset", (await db.TaxonomyTerms.SingleAsync(t => t.Code == "kerhot")).Name.Fi);
        var visit = s.Channels.Single(c => c.Kind == ChannelKind.Visit);
        Assert.Equal(("Keksitynkatu 5", "81700", "Lieksa", "Kerhotalo"), (visit.Street, visit.PostalCode, visit.City, visit.Name.Fi));
        Assert.Equal("Esteetön sisäänkäynti pihan puolelta.", visit.Accessibility.Fi);
        Assert.Equal([DayOfWeek.Tuesday, DayOfWeek.Thursday], visit.Hours.Select(h => h.Day).Order());
        Assert.All(visit.Hours, h => Assert.Equal((540, 720), (h.OpensMinute, h.ClosesMinute)));
        Assert.Equal("013 000 9001", s.Channels.Single(c => c.Kind == ChannelKind.Phone).Value);
    }

    [Fact]
    public async Task Import_SmallFile_MapsCoverageKindsUrgencyAndCost()
    {
        await _region.ImportFixtureAsync("small.hsds.json");

        await using var db = _region.NewContext();
        var neuvola = await Load(db, "svc-neuvola-jns-ktl");
        Assert.Equal(["167", "276"], neuvola.Municipalities.Select(m => m.Code).Order());
        Assert.Equal((null, 83), (neuvola.MinMonths, neuvola.MaxMonths));
        Assert.False(neuvola.NoReferral);
        Assert.Equal("Alle kouluikäiset lapset ja heidän perheensä.\n\nVaraa aika verkossa tai puhelimitse.", neuvola.ReferralInfo.Fi);
        Assert.Equal([ChannelKind.Visit, ChannelKind.Phone, ChannelKind.EService, ChannelKind.Email], neuvola.Channels.OrderBy(c => c.SortOrder).Select(c => c.Kind));
        Assert.Equal(OrganisationKind.WellbeingCounty, neuvola.Organisation!.Kind);

        var chat = await Load(db, "svc-kriisichat");
        Assert.Equal((ServiceCoverage.National, Urgency.Urgent), (chat.Coverage, chat.Urgency));
        Assert.Equal(OrganisationKind.National, chat.Organisation!.Kind);
        var hours = chat.Channels.Single(c => c.Kind == ChannelKind.Chat).Hours.OrderBy(h => ((int)h.Day + 6) % 7).ThenBy(h => h.OpensMinute);
        Assert.Equal(
            [(DayOfWeek.Friday, 1200, 1440), (DayOfWeek.Saturday, 0, 120), (DayOfWeek.Saturday, 1200, 1440), (DayOfWeek.Sunday, 0, 120)],
            hours.Select(h => (h.Day, h.OpensMinute, h.ClosesMinute)));

        var swedish = await Load(db, "svc-familjeradgivning");
        Assert.Equal((ServiceCoverage.Region, 0), (swedish.Coverage, swedish.Municipalities.Count));
        Assert.Equal(("Familjerådgivning på svenska", "Familjerådgivning på svenska"), (swedish.Name.Fi, swedish.Name.Sv));
        Assert.Equal("", swedish.Description.Fi);
        Assert.Equal((false, false), (swedish.NoReferral, swedish.IsFree));
        Assert.Contains("20,00 €", swedish.CostInfo.Sv, StringComparison.Ordinal);

        var english = await Load(db, "svc-family-cafe-en");
        Assert.Equal(["090"], english.Municipalities.Select(m => m.Code));
        Assert.Equal(("Family café in English", "Family café in English"), (english.Name.Fi, english.Name.En));
        Assert.Equal(HsdsTestRegion.Now.UtcDateTime, english.UpdatedAt);
        Assert.False(english.IsFree);
        Assert.Equal(OrganisationKind.Ngo, english.Organisation!.Kind);
    }

    [Fact]
    public async Task Import_SameFileTwice_UpdatesWithoutDuplicates()
    {
        await _region.ImportFixtureAsync("small.hsds.json");
        var first = await RowCounts();

        var again = await _region.ImportFixtureAsync("small.hsds.json");

        Assert.Equal((0, 5), (again.ServicesCreated, again.ServicesUpdated));
        Assert.Equal((0, 4), (again.OrganisationsCreated, again.OrganisationsUpdated));
        Assert.Equal((0, 6), (again.TaxonomyTermsCreated, again.TaxonomyTermsUpdated));
        Assert.Equal(first, await RowCounts());
    }

    [Fact]
    public async Task Import_ChangedName_KeepsSlugSoLinksStayValid()
    {
        await _region.ImportFixtureAsync("small.hsds.json");
        var text = await File.ReadAllTextAsync(HsdsTestRegion.Fixture("small.hsds.json"));

        await _region.ImportTextAsync(text.Replace("\"Perhekahvila, Lieksa\"", "\"Perhekahvila Lieksassa\"", StringComparison.Ordinal));

        await using var db = _region.NewContext();
        var s = await db.Services.SingleAsync(x => x.PublicId == "svc-perhekahvila-lieksa");
        Assert.Equal(("Perhekahvila Lieksassa", "perhekahvila-lieksa-svcperhe"), (s.Name.Fi, s.Slug));
    }

    [Fact]
    public async Task Import_BareArrayOfServices_IsAccepted()
    {
        var report = await _region.ImportTextAsync("""
            [{"id": "bare-1", "name": "Kerho", "organization": {"id": "org-1", "name": "Kerhoyhdistys"},
              "service_areas": [{"extent": "167"}]}]
            """);

        Assert.Equal((1, 1, 0), (report.ServicesCreated, report.OrganisationsCreated, report.ErrorCount));
    }

    [Fact]
    public async Task Import_DefunctServiceWithoutAreasOrAgeBounds_IsArchivedRegionWideAndOpenForPregnancy()
    {
        var report = await _region.ImportTextAsync("""
            [{"id": "vanha", "name": "Lopetettu kerho", "status": "defunct", "organization": {"id": "o", "name": "Kerho ry"},
              "attributes": [{"link_type": "age_group", "taxonomy_term": {"id": "t-odotus", "code": "odotusaika", "taxonomy": "ikä"}}]}]
            """);

        Assert.Equal(1, report.ServicesCreated);
        Assert.Contains(report.WarningMessages, w => w.Contains("no service_areas", StringComparison.Ordinal));
        await using var db = _region.NewContext();
        var s = await Load(db, "vanha");
        Assert.Equal((PublicationStatus.Archived, ServiceCoverage.Region), (s.Status, s.Coverage));
        Assert.Equal((null, null), (s.MinMonths, s.MaxMonths));
        Assert.True(s.Ages.IncludesPregnancy);
    }

    [Fact]
    public async Task Import_ReportsProgress()
    {
        var seen = new List<HsdsProgress>();
        await using var db = _region.NewContext();
        await using var stream = File.OpenRead(HsdsTestRegion.Fixture("small.hsds.json"));

        await _region.Importer(db).ImportAsync(stream, new SynchronousProgress(seen.Add), CancellationToken.None);

        Assert.Equal(["taxonomies", "taxonomy_terms", "organizations", "services"], seen.Select(p => p.Section).Distinct());
        Assert.Equal(stream.Length, seen[^1].TotalBytes);
        Assert.Equal(stream.Length, seen[^1].BytesRead);
    }

    private static Task<Service> Load(PerhekeskusDbContext db, string id) => db.Services
        .Include(s => s.Municipalities).Include(s => s.Needs).Include(s => s.AgeGroups).Include(s => s.Organisation)
        .Include(s => s.Channels).ThenInclude(c => c.Hours)
        .SingleAsync(s => s.PublicId == id);

    private async Task<string> RowCounts()
    {
        await using var db = _region.NewContext();
        var counts = new List<int>
        {
            await db.Services.CountAsync(),
            await db.ServiceChannels.CountAsync(),
            await db.OpeningHours.CountAsync(),
            await db.Organisations.CountAsync(),
            await db.TaxonomyTerms.CountAsync(),
        };
        foreach (var joinTable in new[] { "ServiceMunicipalities", "ServiceNeeds", "ServiceAgeGroups", "ServiceAreas" })
        {
            counts.Add(await db.Set<Dictionary<string, object>>(joinTable).CountAsync());
        }

        return string.Join(", ", counts);
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; the test needs the reports in order, now.</summary>
    private sealed class SynchronousProgress(Action<HsdsProgress> report) : IProgress<HsdsProgress>
    {
        public void Report(HsdsProgress value) => report(value);
    }
}
