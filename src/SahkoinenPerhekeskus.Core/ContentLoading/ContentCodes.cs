using SahkoinenPerhekeskus.Core.Publishing;

namespace SahkoinenPerhekeskus.Core.ContentLoading;

/// <summary>The words content files use for enumerations. Validation and loading share these tables.</summary>
public static class ContentCodes
{
    public static readonly IReadOnlyDictionary<string, OrganisationKind> OrganisationKinds = new Dictionary<string, OrganisationKind>
    {
        ["wellbeing-county"] = Catalogue.OrganisationKind.WellbeingCounty,
        ["municipality"] = Catalogue.OrganisationKind.Municipality,
        ["ngo"] = Catalogue.OrganisationKind.Ngo,
        ["parish"] = Catalogue.OrganisationKind.Parish,
        ["national"] = Catalogue.OrganisationKind.National,
    };

    public static readonly IReadOnlyDictionary<string, ServiceCategory> Categories = new Dictionary<string, ServiceCategory>
    {
        ["family-centre"] = ServiceCategory.FamilyCentre,
        ["school-welfare"] = ServiceCategory.SchoolWelfare,
        ["mental-health"] = ServiceCategory.MentalHealth,
    };

    public static readonly IReadOnlyDictionary<string, ServiceCoverage> Coverages = new Dictionary<string, ServiceCoverage>
    {
        ["local"] = ServiceCoverage.Local,
        ["areas"] = ServiceCoverage.Areas,
        ["region"] = ServiceCoverage.Region,
        ["national"] = ServiceCoverage.National,
    };

    public static readonly IReadOnlyDictionary<string, Urgency> Urgencies = new Dictionary<string, Urgency>
    {
        ["none"] = Catalogue.Urgency.None,
        ["urgent"] = Catalogue.Urgency.Urgent,
        ["emergency"] = Catalogue.Urgency.Emergency,
    };

    public static readonly IReadOnlyDictionary<string, ChannelKind> ChannelKinds = new Dictionary<string, ChannelKind>
    {
        ["visit"] = ChannelKind.Visit,
        ["phone"] = ChannelKind.Phone,
        ["chat"] = ChannelKind.Chat,
        ["eservice"] = ChannelKind.EService,
        ["web"] = ChannelKind.Web,
        ["email"] = ChannelKind.Email,
    };

    public static readonly IReadOnlyDictionary<string, PublicationStatus> Statuses = new Dictionary<string, PublicationStatus>
    {
        ["draft"] = PublicationStatus.Draft,
        ["review"] = PublicationStatus.InReview,
        ["published"] = PublicationStatus.Published,
        ["archived"] = PublicationStatus.Archived,
    };

    public static readonly IReadOnlyDictionary<string, PageKind> PageKinds = new Dictionary<string, PageKind>
    {
        ["static"] = PageKind.Static,
        ["article"] = PageKind.Article,
        ["news"] = PageKind.News,
    };

    public static OrganisationKind OrganisationKind(string code) => OrganisationKinds[code];

    public static ServiceCategory Category(string code) => Categories[code];

    public static string Name(ChannelKind kind) => ChannelKinds.First(p => p.Value == kind).Key;

    public static string Name(Urgency urgency) => Urgencies.First(p => p.Value == urgency).Key;
}
