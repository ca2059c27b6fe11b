using SahkoinenPerhekeskus.Core.Hsds.Import;

namespace SahkoinenPerhekeskus.Core.Tests.Hsds.Import;

public sealed class HsdsHeuristicsTests
{
    [Theory]
    [InlineData("Joensuun ortodoksinen seurakunta", null, OrganisationKind.Parish)]
    [InlineData("Joensuun seurakuntayhtymän perheasiain neuvottelukeskus", null, OrganisationKind.Parish)]
    [InlineData("Pohjois-Karjalan hyvinvointialue", null, OrganisationKind.WellbeingCounty)]
    [InlineData("Pohjois-Karjalan keskussairaala", null, OrganisationKind.WellbeingCounty)]
    [InlineData("Heinäveden kunta", null, OrganisationKind.Municipality)]
    [InlineData("Kiteen kaupunki", null, OrganisationKind.Municipality)]
    [InlineData("Miessakit ry", null, OrganisationKind.Ngo)]
    [InlineData("Mannerheimin Lastensuojeluliitto", null, OrganisationKind.Ngo)]
    [InlineData("A-klinikkasäätiö", null, OrganisationKind.Ngo)]
    [InlineData("Joensuun Perheentalo", "yhdistys", OrganisationKind.Ngo)]
    [InlineData("Kansaneläkelaitos", "julkisoikeudellinen laitos", OrganisationKind.National)]
    [InlineData("Sekasin-kollektiivi", null, null)]
    [InlineData("Kuntoutuskeskus Kuntala", null, null)]
    public void GuessKind_NameOrLegalStatusWords_GiveTheKind(string name, string? legalStatus, OrganisationKind? expected) =>
        Assert.Equal(expected, HsdsHeuristics.GuessKind(name, null, legalStatus));

    [Theory]
    [InlineData(null, "Lähetettä ei tarvita. Soita ja varaa aika.", true)]
    [InlineData(null, "Kuraattorin palveluihin ei tarvita lähetettä.", true)]
    [InlineData(null, "Tule suoraan, ilmoittautumista ei tarvita.", true)]
    [InlineData(null, "Just drop in.", true)]
    [InlineData(null, "Ingen remiss behövs.", true)]
    [InlineData(null, "No referral needed; book online.", true)]
    [InlineData(null, "Nettiterapiaan tarvitaan lähete.", false)]
    [InlineData(null, "Lääkärin lähete. Voit myös soittaa suoraan poliklinikalle.", false)]
    [InlineData(null, "Lähetteen voi tehdä neuvolalääkäri.", false)]
    [InlineData(null, "Soita tai lähetä sähköpostia.", false)]
    [InlineData("Kaikille avoin.", "Varaa aika puhelimitse.", false)]
    public void NoReferral_ReadsNegatedAndRequiredReferralWording(string? eligibility, string process, bool expected) =>
        Assert.Equal(expected, HsdsHeuristics.NoReferral(eligibility, process));

    [Theory]
    [InlineData("Maksuton.", 0.0, true)]
    [InlineData("Käynnit ovat maksuttomia.", null, true)]
    [InlineData("Avgift 20 € per besök.", null, false)]
    [InlineData("Maksullinen, kurssimaksu kurssikohtaisesti.", null, false)]
    [InlineData("Maksuton.", 12.5, false)]
    [InlineData(null, null, false)]
    public void IsFree_NoPriceAnywhere_IsFree(string? fees, double? amount, bool expected)
    {
        List<HsdsCostOption> costs = amount is { } a ? [new HsdsCostOption { Amount = (decimal)a }] : [];

        Assert.Equal(expected, HsdsHeuristics.IsFree(fees, costs));
    }

    [Theory]
    [InlineData("Kriisipuhelin", "Päivystäjät kuuntelevat.", "09 000 2525", Urgency.Urgent)]
    [InlineData("Sosiaali- ja kriisipäivystys (24/7)", null, "013 000 0112", Urgency.Urgent)]
    [InlineData("Kristelefon på svenska", null, "", Urgency.Urgent)]
    [InlineData("Crisis support in English", null, "", Urgency.Urgent)]
    [InlineData("Turvakoti", "Turvakoti tarjoaa majoituksen ja kriisiapua ympäri vuorokauden. Soita.", "", Urgency.Urgent)]
    [InlineData("Päivystysapu", null, "116 117", Urgency.Urgent)]
    [InlineData("Hätänumero", null, "112", Urgency.Emergency)]
    [InlineData("Koulupsykologi", "Psykologi tukee oppilaita. Psykologi on koulun tukena kriisitilanteissa.", "013 000 1027", Urgency.None)]
    [InlineData("Barnskydd", "Rådgivning för familjer. I brådskande fall kontaktar du krisjouren.", "", Urgency.None)]
    [InlineData("Kristillinen perhekerho", null, "", Urgency.None)]
    public void Urgency_NameOrFirstSentenceOrNumber_DecidesUrgency(string name, string? description, string phone, Urgency expected) =>
        Assert.Equal(expected, HsdsHeuristics.Urgency(name, description, [phone]));

    [Theory]
    [InlineData("https://example.fi/sekasin-chat", null, ChannelKind.Chat)]
    [InlineData("https://asiointi.example.fi", "Sähköinen asiointi", ChannelKind.EService)]
    [InlineData("https://example.fi/ajanvaraus", null, ChannelKind.EService)]
    [InlineData("https://example.fi/palvelut/neuvola", "Neuvola", ChannelKind.Web)]
    public void WebKind_AddressOrName_TellsChatAndEService(string url, string? name, ChannelKind expected) =>
        Assert.Equal(expected, HsdsHeuristics.WebKind(url, name));
}
