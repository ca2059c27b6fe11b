using SahkoinenPerhekeskus.Core.Tests.Hsds.Import;

namespace SahkoinenPerhekeskus.Core.Tests.Ptv;

/// <summary>The region fixture (a page object of three services and an array of five channels, one of each type) mapped field by field.</summary>
public sealed class PtvImporterTests : IDisposable
{
    private const string Neuvola = "5a1e0000-0000-4000-8000-000000000001";
    private const string Helpline = "5a1e0000-0000-4000-8000-000000000002";
    private const string Familjeradgivning = "5a1e0000-0000-4000-8000-000000000003";

    private readonly PtvTestRegion _ptv = new();

    public void Dispose() => _ptv.Dispose();

    private static string RegionFixture => PtvTestRegion.Fixture("region");

    [Fact]
    public async Task Import_RegionDirectory_CountsServicesChannelsAndOrganisations()
    {
        var report = await _ptv.ImportAsync(RegionFixture);

        Assert.Empty(report.Errors);
        Assert.Equal((3, 0, 0, 0), (report.ServicesCreated, report.ServicesUpdated, report.ServicesRejected, report.ServicesArchived));
        Assert.Equal((5, 0), (report.ChannelsRead, report.ChannelsRejected));
        Assert.Equal(2, report.OrganisationsCreated);
        Assert.Contains(report.Warnings, w => w.Reason.Contains("Exceptional", StringComparison.Ordinal));
        Assert.Contains(report.Warnings, w => w.Id == Familjeradgivning && w.Reason.Contains("091", StringComparison.Ordinal));
        Assert.Contains(report.Warnings, w => w.Id == Familjeradgivning && w.Reason.Contains("0000000000ff", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_Service_MapsTextsInFinnishSwedishAndEnglish()
    {
        await _ptv.ImportAsync(RegionFixture);

        await using var db = _ptv.NewContext();
        var s = await Load(db, Neuvola);
        Assert.Equal(("Lieksan lastenneuvola", "Barnrådgivningen i Lieksa", "Lieksa child health clinic"), (s.Name.Fi, s.Name.Sv, s.Name.En));
        Assert.Equal("Neuvola Lieksa", s.AlternateName.Fi);
        Assert.Equal("Neuvola seuraa lapsen kasvua.", s.Summary.Fi);
        Assert.Equal("Lastenneuvola seuraa lapsen kasvua ja kehitystä ja tukee vanhempia.", s.Description.Fi);
        Assert.Equal("Rådgivningen följer barnets tillväxt och utveckling.", s.Description.Sv);
        Assert.Equal("The clinic follows the child's growth and development.", s.Description.En);
        Assert.Equal("Lieksalaiset alle kouluikäiset lapset.\n\nVaraa aika puhelimitse.", s.ReferralInfo.Fi);
        Assert.Equal("Käynnit ovat maksuttomia.", s.CostInfo.Fi);
        Assert.Equal(["fi", "sv"], s.Languages);

        // A name given only in Swedish is also the Finnish fallback, so every page has a name to show.
        var sv = await Load(db, Familjeradgivning);
        Assert.Equal(("Familjerådgivning", "Familjerådgivning"), (sv.Name.Fi, sv.Name.Sv));
    }

    [Fact]
    public async Task Import_Service_MapsAreasChargeTypesAndOrganisation()
    {
        await _ptv.ImportAsync(RegionFixture);

        await using var db = _ptv.NewContext();
        var neuvola = await Load(db, Neuvola);
        var helpline = await Load(db, Helpline);
        var limited = await Load(db, Familjeradgivning);
        Assert.Equal((ServiceCoverage.Local, true), (neuvola.Coverage, neuvola.IsFree));
        Assert.Equal(["422"], neuvola.Municipalities.Select(m => m.Code));
        Assert.Equal((ServiceCoverage.National, false), (helpline.Coverage, helpline.IsFree));
        Assert.Empty(helpline.Municipalities);
        Assert.Equal((ServiceCoverage.Local, false), (limited.Coverage, limited.IsFree));
        Assert.Equal(["167", "276"], limited.Municipalities.Select(m => m.Code).Order());
        Assert.Equal(("0a9a0000-0000-4000-8000-000000000001", "Pohjois-Karjalan hyvinvointialue"), (neuvola.Organisation!.Code, neuvola.Organisation.Name.Fi));
        Assert.Equal(neuvola.OrganisationId, limited.OrganisationId);
        Assert.Equal("Vanhempainliitto ry", helpline.Organisation!.Name.Fi);
    }

    [Fact]
    public async Task Import_Service_MapsTargetGroupsServiceClassesLifeEventsAndGeneralDescription()
    {
        await _ptv.ImportAsync(RegionFixture);

        await using var db = _ptv.NewContext();
        var neuvola = await Load(db, Neuvola);
        Assert.Equal(["kasvatus", "raskaus", "vauvaperhe"], neuvola.Needs.Select(t => t.Code).Order());
        Assert.Equal(["leikki_ika", "odotusaika", "vauva"], neuvola.AgeGroups.Select(t => t.Code).Order());
        Assert.Equal((AgeRange.PregnancyStart, 83), (neuvola.MinMonths, neuvola.MaxMonths));
        Assert.Equal("lastenneuvola", neuvola.ServiceType!.Code);

        // KR9.9 is not in the mapping: it links nothing rather than failing the record.
        var helpline = await Load(db, Helpline);
        Assert.Equal(["ylakoulu"], helpline.AgeGroups.Select(t => t.Code));
        Assert.Equal((156, 191), (helpline.MinMonths, helpline.MaxMonths));
        Assert.Null(helpline.ServiceTypeId);
    }

    [Fact]
    public async Task Import_Service_MapsEveryChannelTypeInOrder()
    {
        await _ptv.ImportAsync(RegionFixture);

        await using var db = _ptv.NewContext();
        var channels = (await Load(db, Neuvola)).Channels.OrderBy(c => c.SortOrder).ToList();
        Assert.Equal(
            [
                (ChannelKind.Visit, null),
                (ChannelKind.Phone, "+358 13 000 1234"), (ChannelKind.Email, "neuvola.lieksa@example.fi"),
                (ChannelKind.Phone, "0800 100 200"),
                (ChannelKind.EService, "https://ajanvaraus.example.fi/neuvola"), (ChannelKind.Phone, "+358 13 000 9999"), (ChannelKind.Email, "tuki@example.fi"),
                (ChannelKind.Web, "https://www.example.fi/neuvola"),
                (ChannelKind.Web, "https://www.example.fi/lomakkeet/esitiedot.pdf"),
            ],
            channels.Select(c => (c.Kind, c.Value)));
        Assert.Equal("Sähköinen ajanvaraus", channels[4].Name.Fi);
        Assert.Equal("Esitietolomake", channels[8].Name.Fi);
    }

    [Fact]
    public async Task Import_ServiceLocation_ConvertsTm35FinCoordinatesAndMapsAddressAndHours()
    {
        await _ptv.ImportAsync(RegionFixture);

        await using var db = _ptv.NewContext();
        var visit = (await Load(db, Neuvola)).Channels.Single(c => c.Kind == ChannelKind.Visit);
        Assert.Equal(("Pielisentie 7", "81700", "Lieksa"), (visit.Street, visit.PostalCode, visit.City));
        Assert.Equal(("Lieksan neuvola", "Rådgivningen i Lieksa"), (visit.Name.Fi, visit.Name.Sv));
        Assert.Equal("Esteetön sisäänkäynti pääovelta.", visit.Accessibility.Fi);

        // Northing 7024706.881, easting 651507.601 is 63.3190 N, 30.0250 E (forward projection, GRS80, 27° E, k 0.9996).
        Assert.InRange(visit.Latitude!.Value, 63.31899, 63.31901);
        Assert.InRange(visit.Longitude!.Value, 30.02499, 30.02501);

        // Monday to Friday 8.00–15.30; the exceptional closed day is not a weekly rule and is left out.
        Assert.Equal(
            [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
            visit.Hours.Select(h => h.Day).Order());
        Assert.All(visit.Hours, h => Assert.Equal((480, 930), (h.OpensMinute, h.ClosesMinute)));
    }

    [Fact]
    public async Task Import_PhoneAndElectronicChannels_MapOverMidnightAndAlwaysOpenHours()
    {
        await _ptv.ImportAsync(RegionFixture);

        await using var db = _ptv.NewContext();
        var channels = (await Load(db, Neuvola)).Channels;
        var phone = channels.Single(c => c.Value == "0800 100 200");
        Assert.Equal(
            [(DayOfWeek.Friday, 1200, 1440), (DayOfWeek.Saturday, 0, 120)],
            phone.Hours.OrderBy(h => h.Day == DayOfWeek.Saturday).Select(h => (h.Day, h.OpensMinute, h.ClosesMinute)));
        var eservice = channels.Single(c => c.Kind == ChannelKind.EService);
        Assert.Equal(7, eservice.Hours.Count);
        Assert.All(eservice.Hours, h => Assert.Equal((0, OpeningHours.MinutesPerDay), (h.OpensMinute, h.ClosesMinute)));
    }

    [Fact]
    public async Task Import_Service_IsPublishedAndRemembersItsPtvOrigin()
    {
        await _ptv.ImportAsync(RegionFixture);

        await using var db = _ptv.NewContext();
        var s = await Load(db, Neuvola);
        Assert.Equal((EntrySource.Ptv, Neuvola, PublicationStatus.Published), (s.Source, s.ExternalId, s.Status));
        Assert.Equal(new DateTime(2026, 2, 1, 8, 0, 0, DateTimeKind.Utc), s.PublishedAt);
        Assert.Equal(HsdsTestRegion.Now.UtcDateTime, s.ImportedAt);
        Assert.Contains("Name", s.ImportedFields);
        Assert.Contains("Channels", s.ImportedFields);
        Assert.Equal("lieksan-lastenneuvola-5a1e0000", s.Slug);
    }

    internal static Task<Service> Load(PerhekeskusDbContext db, string ptvId) => db.Services
        .Include(s => s.Municipalities).Include(s => s.Needs).Include(s => s.AgeGroups).Include(s => s.Organisation).Include(s => s.ServiceType)
        .Include(s => s.Channels).ThenInclude(c => c.Hours)
        .AsSplitQuery()
        .SingleAsync(s => s.Source == EntrySource.Ptv && s.ExternalId == ptvId);
}
