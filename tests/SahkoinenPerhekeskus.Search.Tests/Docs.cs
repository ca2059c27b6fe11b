namespace SahkoinenPerhekeskus.Search.Tests;

/// <summary>Terse builders for test documents.</summary>
internal static class Docs
{
    public static SearchDocument Fi(string id, string name, string body = "", string? summary = null, string? keywords = null) => new()
    {
        Id = id,
        Slug = id,
        Texts = new Dictionary<string, LocalizedSearchText> { ["fi"] = new(name, null, summary, body, null, keywords) },
    };

    /// <summary>A small family-services catalogue used by the index, filter, facet and ranking tests.</summary>
    public static IReadOnlyList<SearchDocument> Catalogue() =>
    [
        Fi("neuvola-joensuu", "Lastenneuvola Joensuu", "Neuvolassa seurataan lapsen kasvua ja kehitystä. Terveydenhoitaja tapaa perheen säännöllisesti.") with
        {
            MunicipalityCodes = ["167"], MinMonths = 0, MaxMonths = 83, Needs = ["terveys", "vauvaperhe"], AgeGroups = ["vauva", "leikki_ika"],
            Channels = ["visit", "phone"], Languages = ["fi"], Free = true, NoReferral = true,
        },
        Fi("neuvola-lieksa", "Lastenneuvola Lieksa", "Lieksan neuvolassa seurataan lapsen kasvua.") with
        {
            MunicipalityCodes = ["422"], MinMonths = 0, MaxMonths = 83, Needs = ["terveys"], AgeGroups = ["vauva", "leikki_ika"],
            Channels = ["visit"], Languages = ["fi", "sv"], Free = true, NoReferral = true,
        },
        Fi("kuraattori-lieksa", "Koulukuraattori Lieksa", "Koulukuraattori auttaa, kun oppilasta kiusataan koulussa tai koulunkäynti takkuaa.") with
        {
            MunicipalityCodes = ["422"], MinMonths = 84, MaxMonths = 155, Needs = ["koulunkaynti", "kiusaaminen"], AgeGroups = ["alakoulu"],
            Channels = ["visit", "phone"], Languages = ["fi"], Free = true, NoReferral = true,
        },
        Fi("psykologi-joensuu", "Koulupsykologi Joensuu", "Koulupsykologi tukee oppilaan hyvinvointia ja oppimista.") with
        {
            MunicipalityCodes = ["167"], MinMonths = 84, MaxMonths = 203, Needs = ["mielenterveys", "koulunkaynti"], AgeGroups = ["alakoulu", "ylakoulu"],
            Channels = ["visit"], Languages = ["fi"], Free = true, NoReferral = true,
        },
        Fi("kriisipuhelin", "Kriisipuhelin", "Valtakunnallinen kriisipuhelin päivystää ympäri vuorokauden. Voit soittaa nimettömänä.") with
        {
            Nationwide = true, MinMonths = 144, Needs = ["mielenterveys"], AgeGroups = ["ylakoulu", "vanhemmat"],
            Channels = ["phone", "chat"], Languages = ["fi", "sv", "en"], Free = true, NoReferral = true,
        },
        Fi("perheneuvola-joensuu", "Perheneuvola Joensuu", "Perheneuvola auttaa kasvatukseen ja perheen vuorovaikutukseen liittyvissä asioissa. Tarvitset lähetteen.") with
        {
            MunicipalityCodes = ["167", "276"], MaxMonths = 215, Needs = ["kasvatus", "mielenterveys"], AgeGroups = ["leikki_ika", "alakoulu"],
            Channels = ["visit"], Languages = ["fi"], Free = true, NoReferral = false,
        },
    ];
}
