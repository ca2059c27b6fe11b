using SahkoinenPerhekeskus.Web.Pages.Haku;
using SahkoinenPerhekeskus.Web.Tests.PublicSite;

namespace SahkoinenPerhekeskus.Web.Tests.Haku;

public sealed class AgeInTextTests(PublicSiteFactory factory) : IClassFixture<PublicSiteFactory>
{
    [Theory]
    [InlineData("3-vuotias ei puhu", 3, "ei puhu")]
    [InlineData("17v masennus", 17, "masennus")]
    [InlineData("poika 16-vuotias pelaa liikaa", 16, "poika pelaa liikaa")]
    [InlineData("5 v. pelkää pimeää", 5, "pelkää pimeää")]
    [InlineData("tukea 12-vuotiaalle", 12, "tukea")]
    [InlineData("16 år ångest", 16, "ångest")]
    [InlineData("min 7-åring vill inte gå till skolan", 7, "min vill inte gå till skolan")]
    [InlineData("my 2 year old won't sleep", 2, "my won't sleep")]
    [InlineData("speech therapy for a 4-year-old", 4, "speech therapy for a")]
    [InlineData("14-vuotias", 14, null)]
    public void Years_AreFound_AndTakenOutOfTheText(string text, int years, string? rest)
    {
        var mention = AgeInText.Find(text);

        Assert.NotNull(mention);
        Assert.Equal(years, mention.Years);
        Assert.Null(mention.Months);
        Assert.Equal(rest, mention.RemainingText);
    }

    [Theory]
    [InlineData("vauva 8 kk ei nuku", 8, "vauva ei nuku")]
    [InlineData("4kk imetys", 4, "imetys")]
    [InlineData("6 kuukauden ikäinen itkee", 6, "itkee")]
    [InlineData("bebis 3 mån sover dåligt", 3, "bebis sover dåligt")]
    [InlineData("10 months old not crawling", 10, "not crawling")]
    public void Months_AreFound(string text, int months, string rest)
    {
        var mention = AgeInText.Find(text)!;

        Assert.Equal(months, mention.Months);
        Assert.Equal(months, mention.AgeMonths);
        Assert.Equal(rest, mention.RemainingText);
    }

    [Theory]
    [InlineData("raskausviikko 20 pahoinvointi", 20, -5)]
    [InlineData("raskausviikolla 30 väsyttää", 30, -3)]
    [InlineData("rv 12", 12, -7)]
    [InlineData("8. raskausviikko", 8, -8)]
    [InlineData("graviditetsvecka 38", 38, -1)]
    [InlineData("20 weeks pregnant", 20, -5)]
    [InlineData("week 41 of pregnancy", 41, -1)]
    [InlineData("raskausviikko 2", 2, -9)]
    public void PregnancyWeeks_BecomeMonthsBeforeBirth(string text, int week, int ageMonths)
    {
        var mention = AgeInText.Find(text)!;

        Assert.Equal(week, mention.PregnancyWeek);
        Assert.Equal(ageMonths, mention.AgeMonths);
        Assert.InRange(mention.AgeMonths!.Value, AgeRange.PregnancyStart, AgeRange.PregnancyEnd);
    }

    [Theory]
    [InlineData("112")]
    [InlineData("kriisipuhelin 24/7")]
    [InlineData("neuvola 0-6 v")]
    [InlineData("vuosi 2026")]
    [InlineData("kuukautiset")]
    [InlineData("ei kuukautisia 3 kuukauteen")]
    [InlineData("150-vuotias")]
    [InlineData("raskausviikko 50")]
    [InlineData("perheneuvola")]
    [InlineData("vanhempi vuotias")]
    [InlineData("")]
    public void TextWithoutAnAge_IsLeftAlone(string text) => Assert.Null(AgeInText.Find(text));

    [Fact]
    public async Task ResultsPage_ShowsTheAgeAsARemovableChip_AndRemovingItKeepsTheRestOfTheSearch()
    {
        var client = factory.CreateClient();
        var html = await client.GetStringAsync("/haku?q=3-vuotias+puheterapia");

        Assert.Contains("Ikä 3 v (hakusanoista)", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/haku?q=puheterapia\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"3-vuotias puheterapia\"", html, StringComparison.Ordinal);

        var removed = await client.GetStringAsync("/haku?q=puheterapia");
        Assert.DoesNotContain("(hakusanoista)", removed, StringComparison.Ordinal);

        var swedish = await client.GetStringAsync("/sv/haku?q=16+%C3%A5r+%C3%A5ngest");
        Assert.Contains("Ålder 16 år (från sökorden)", swedish, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("q=3-vuotias", "age=3")]
    [InlineData("q=vauva+8+kk", "ageMonths=8&q=vauva")]
    [InlineData("q=raskausviikko+20", "ageMonths=-5")]
    public async Task Api_AnAgeInTheText_FiltersExactlyAsTheAgeParameterDoes(string text, string parameter)
    {
        var fromText = await ApiAsync("/api/v1/services?pageSize=100&" + text);
        var fromParameter = await ApiAsync("/api/v1/services?pageSize=100&" + parameter);

        Assert.Equal(JsonValueKind.Object, fromText.GetProperty("ageFromText").ValueKind);
        Assert.Equal(Ids(fromParameter), Ids(fromText));
        Assert.InRange(fromText.GetProperty("total").GetInt32(), 1, (await ApiAsync("/api/v1/services?pageSize=1")).GetProperty("total").GetInt32() - 1);
    }

    [Fact]
    public async Task Api_AnAgeChosenAsAParameter_WinsOverTheText()
    {
        var json = await ApiAsync("/api/v1/services?q=3-vuotias&age=15");

        Assert.True(!json.TryGetProperty("ageFromText", out var age) || age.ValueKind == JsonValueKind.Null);
    }

    private static List<string> Ids(JsonElement json) => [.. json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).Order(StringComparer.Ordinal)];

    private async Task<JsonElement> ApiAsync(string url)
    {
        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync(url));
        return json.RootElement.Clone();
    }
}
