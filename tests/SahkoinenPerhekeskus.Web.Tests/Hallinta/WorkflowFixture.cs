using Microsoft.Extensions.Time.Testing;
using SahkoinenPerhekeskus.Core.Catalogue;

namespace SahkoinenPerhekeskus.Web.Tests.Hallinta;

/// <summary>The back office on a FakeTimeProvider: scheduled actions run when the test moves time.</summary>
public sealed class WorkflowFixture : BackOfficeFixture
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    // Sessions would lapse when the tests move the clock by days; the timeout has its own test.
    protected override PerhekeskusWebFactory Configure(PerhekeskusWebFactory factory) =>
        factory.WithTimeProvider(Clock).WithSetting("Perhekeskus:BackOffice:SessionTimeoutMinutes", "5000000");

    /// <summary>A snapshot with every field set, for rollback and diff tests.</summary>
    public static ServiceSnapshot Rich(string name) => new()
    {
        ServiceType = "lastenneuvola",
        Organisation = "kunta-167",
        Name = new LocalizedText(name, name + " sv", name + " en"),
        AlternateName = new LocalizedText("Muu nimi", "Annat namn", "Other name"),
        Summary = new LocalizedText("Tiivistelmä", "Sammanfattning", "Summary"),
        Description = new LocalizedText("**Kuvaus**", "Beskrivning", "Description"),
        Coverage = ServiceCoverage.Areas,
        Areas = ["keskinen"],
        MinMonths = -9,
        MaxMonths = 83,
        Needs = ["raskaus", "vauvaperhe"],
        AgeGroups = ["odotusaika", "vauva"],
        NoReferral = true,
        ReferralInfo = new LocalizedText("Ei lähetettä", "Ingen remiss", "No referral"),
        IsFree = true,
        CostInfo = new LocalizedText("Maksuton", "Avgiftsfri", "Free"),
        Languages = ["fi", "sv", "ru"],
        Urgency = Urgency.Urgent,
        Channels =
        [
            new ChannelSnapshot
            {
                Kind = ChannelKind.Visit, Name = new LocalizedText("Neuvola", "Rådgivning", "Clinic"), Street = "Koskikatu 1", PostalCode = "80100",
                City = "Joensuu", Latitude = 62.6, Longitude = 29.76, Accessibility = new LocalizedText("Esteetön", "Tillgänglig", "Accessible"),
                Hours = [new HoursSnapshot(DayOfWeek.Monday, 480, 960), new HoursSnapshot(DayOfWeek.Tuesday, 480, 960)],
            },
            new ChannelSnapshot { Kind = ChannelKind.Phone, Value = "013 123 4567", Hours = [new HoursSnapshot(DayOfWeek.Friday, 540, 660)] },
            new ChannelSnapshot { Kind = ChannelKind.Web, Value = "https://example.fi/neuvola" },
            new ChannelSnapshot { Kind = ChannelKind.Email, Value = "neuvola@example.fi" },
        ],
    };

    /// <summary>Every field different from <see cref="Rich"/>.</summary>
    public static ServiceSnapshot Other(string name) => new()
    {
        ServiceType = "perheneuvola",
        Organisation = "siun-sote",
        Name = new LocalizedText(name + " muutettu"),
        AlternateName = new LocalizedText("Toinen"),
        Summary = new LocalizedText("Toinen tiivistelmä"),
        Description = new LocalizedText("Toinen kuvaus"),
        Coverage = ServiceCoverage.Local,
        Municipalities = ["167", "276"],
        MinMonths = 12,
        MaxMonths = 215,
        Needs = ["kasvatus"],
        AgeGroups = ["alakoulu"],
        NoReferral = false,
        ReferralInfo = new LocalizedText("Lähete tarvitaan"),
        IsFree = false,
        CostInfo = new LocalizedText("10 €"),
        Languages = ["en"],
        Urgency = Urgency.None,
        Channels = [new ChannelSnapshot { Kind = ChannelKind.Chat, Value = "https://chat.example.fi" }],
    };
}
