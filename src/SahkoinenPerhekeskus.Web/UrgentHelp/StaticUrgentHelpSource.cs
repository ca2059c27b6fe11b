namespace SahkoinenPerhekeskus.Web.UrgentHelp;

/// <summary>
/// National crisis and emergency numbers, written here rather than read from the catalogue. It is the fallback the
/// view component shows if the catalogue has no urgent service or cannot be read: the emergency number must be on the page even when the database is not.
/// </summary>
public sealed class StaticUrgentHelpSource : IUrgentHelpSource
{
    public Task<IReadOnlyList<UrgentHelpItem>> GetAsync(string lang, CancellationToken ct) => Task.FromResult(For(lang));

    /// <summary>The entries in a language; unknown languages get Finnish.</summary>
    public static IReadOnlyList<UrgentHelpItem> For(string? lang) => lang switch
    {
        "sv" => Swedish,
        "en" => English,
        _ => Finnish,
    };

    private const string SekasinUrl = "https://sekasin.fi/";

    private static readonly UrgentHelpItem[] Finnish =
    [
        new("Hätänumero 112", "Kun henki, terveys tai turvallisuus on uhattuna.", "112", "112",
            Availability: "Ympäri vuorokauden"),
        new("Päivystysapu 116117", "Neuvoa äkilliseen sairastumiseen ja siihen, tarvitseeko lähteä päivystykseen.",
            "116117", "116 117", Availability: "Ympäri vuorokauden"),
        new("Kriisipuhelin", "Keskusteluapua kriisissä ja elämän vaikeissa tilanteissa (MIELI ry).",
            "+358925250111", "09 2525 0111", Availability: "Ympäri vuorokauden"),
        new("Lasten ja nuorten puhelin", "Alle 21-vuotiaille, nimettömänä ja maksutta (MLL).", "116111", "116 111"),
        new("Sekasin-chat", "Nimetöntä keskusteluapua 12–29-vuotiaille.", Url: SekasinUrl,
            UrlLabel: "Siirry Sekasin-chattiin"),
    ];

    private static readonly UrgentHelpItem[] Swedish =
    [
        new("Nödnummer 112", "När liv, hälsa eller säkerhet är hotad.", "112", "112", Availability: "Dygnet runt"),
        new("Jourhjälpen 116117", "Råd vid plötslig sjukdom och om du behöver uppsöka jouren.", "116117", "116 117",
            Availability: "Dygnet runt"),
        new("Kristelefonen", "Samtalsstöd i kris och svåra livssituationer (MIELI rf, på finska).",
            "+358925250111", "09 2525 0111", Availability: "Dygnet runt"),
        new("Barn- och ungdomstelefonen", "För dig under 21 år, anonymt och avgiftsfritt (MLL).", "116111", "116 111"),
        new("Sekasin-chatten", "Anonymt samtalsstöd för 12–29-åringar.", Url: SekasinUrl,
            UrlLabel: "Gå till Sekasin-chatten"),
    ];

    private static readonly UrgentHelpItem[] English =
    [
        new("Emergency number 112", "When a life, health or safety is in danger.", "112", "112",
            Availability: "24 hours a day"),
        new("Medical helpline 116117", "Advice on sudden illness and whether you need to go to emergency care.",
            "116117", "116 117", Availability: "24 hours a day"),
        new("Crisis helpline", "Someone to talk to in a crisis or a difficult situation (MIELI, in Finnish).",
            "+358925250111", "09 2525 0111", Availability: "24 hours a day"),
        new("Children and young people's helpline", "For anyone under 21, anonymous and free (MLL, in Finnish).",
            "116111", "116 111"),
        new("Sekasin chat", "Anonymous chat support for 12–29-year-olds.", Url: SekasinUrl,
            UrlLabel: "Go to Sekasin chat"),
    ];
}
