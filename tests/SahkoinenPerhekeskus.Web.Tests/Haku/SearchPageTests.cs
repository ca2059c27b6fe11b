using SahkoinenPerhekeskus.Web.Tests.PublicSite;

namespace SahkoinenPerhekeskus.Web.Tests.Haku;

/// <summary>The results page and the JSON API on the demo content, through the real Lucene index.</summary>
public sealed class SearchPageTests(PublicSiteFactory factory) : IClassFixture<PublicSiteFactory>
{
    [Theory]
    [InlineData("/haku?q=" + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("/haku?kunta=tampere")]
    [InlineData("/haku?vuotta=-1")]
    [InlineData("/haku?vuotta=abc")]
    [InlineData("/haku?tarve=onnellisuus")]
    [InlineData("/haku?sivu=0")]
    [InlineData("/haku?sivu=99999999999999")]
    [InlineData("/haku?maksuton=ehka")]
    [InlineData("/sv/haku?kunta=%00%01")]
    public async Task Get_BadQueryString_IsFriendly400(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("error-summary", html, StringComparison.Ordinal);
        Assert.Contains("kiireellinen-apu", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Kuraattori_InLieksa_FindsLieksaSchoolSocialWorkerFirst()
    {
        var items = await ApiItemsAsync("/api/v1/services?q=kuraattori&municipality=Lieksa&age=14");

        Assert.Equal("Koulukuraattori, Lieksa", items[0].GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("municipality=422")]
    [InlineData("municipality=Lieksa")]
    [InlineData("municipality=lieksa")]
    public async Task Api_Municipality_TakesNameOrCode_AndKeepsNationalServices(string filter)
    {
        var items = await ApiItemsAsync("/api/v1/services?pageSize=100&" + filter);

        Assert.All(items, i => Assert.Contains("Lieksa", i.GetProperty("municipalities").EnumerateArray().Select(m => m.GetString())));
        Assert.Contains(items, i => i.GetProperty("coverage").GetString() == "national");
        Assert.Contains(items, i => i.GetProperty("coverage").GetString() == "region");
    }

    [Fact]
    public async Task Api_EachFilter_IsHonoured()
    {
        Assert.All(await ApiItemsAsync("/api/v1/services?pageSize=100&free=true"), i => Assert.True(i.GetProperty("free").GetBoolean()));
        Assert.All(await ApiItemsAsync("/api/v1/services?pageSize=100&noReferral=true"), i => Assert.True(i.GetProperty("noReferral").GetBoolean()));
        Assert.All(await ApiItemsAsync("/api/v1/services?pageSize=100&channel=chat"), i => Assert.Contains("chat", i.GetProperty("channels").EnumerateArray().Select(c => c.GetString())));
        Assert.All(await ApiItemsAsync("/api/v1/services?pageSize=100&language=sv"), i => Assert.Contains("sv", i.GetProperty("languages").EnumerateArray().Select(c => c.GetString())));
        var all = (await ApiAsync("/api/v1/services?pageSize=1")).GetProperty("total").GetInt32();
        var mental = (await ApiAsync("/api/v1/services?pageSize=1&need=mielenterveys")).GetProperty("total").GetInt32();
        Assert.InRange(mental, 1, all - 1);
    }

    [Fact]
    public async Task Api_Age_ExcludesServicesOutsideTheRange()
    {
        var teens = await ApiItemsAsync("/api/v1/services?pageSize=100&q=neuvola&age=15");

        Assert.DoesNotContain(teens, i => i.GetProperty("name").GetString()!.Contains("äitiysneuvola", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("/api/v1/services?age=-3")]
    [InlineData("/api/v1/services?ageMonths=9999")]
    [InlineData("/api/v1/services?municipality=Atlantis")]
    [InlineData("/api/v1/services?need=xyz")]
    [InlineData("/api/v1/services?pageSize=1000")]
    [InlineData("/api/v1/services?lang=de")]
    public async Task Api_BadParameter_Returns400ProblemDetails(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task SearchPage_DescribedSituation_SaysWhichTopicItFound()
    {
        var html = await factory.CreateClient().GetStringAsync("/haku?q=" + Uri.EscapeDataString("mun isä juo joka ilta"));

        Assert.Contains("koska haku liittyy aiheeseen", html, StringComparison.Ordinal);
        Assert.Contains("Päihteet ja riippuvuudet", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Search.RelatedTopics", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_DescribedSituation_ListsItsTopics_InTheUiLanguage()
    {
        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/api/v1/services?lang=en&q=" + Uri.EscapeDataString("my dad drinks every night")));
        var topics = json.RootElement.GetProperty("relatedTopics").EnumerateArray().ToList();

        Assert.Contains(topics, t => t.GetProperty("kind").GetString() == "need" && t.GetProperty("code").GetString() == "paihteet"
            && t.GetProperty("name").GetString() == "Substances and addictions");
        Assert.True(json.RootElement.GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public async Task SearchPage_ServiceName_ClaimsNoTopic()
    {
        var html = await factory.CreateClient().GetStringAsync("/haku?q=neuvola");

        Assert.DoesNotContain("search-topics", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchPage_OffTopic_ShowsZeroResultHelp()
    {
        var html = await factory.CreateClient().GetStringAsync("/haku?q=auton+katsastus");

        Assert.Contains("Hakusi ei tuottanut tuloksia", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#kiireellinen-apu\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchPage_ActiveFilter_IsRemovableChip()
    {
        var html = await factory.CreateClient().GetStringAsync("/haku?q=neuvola&kunta=lieksa&ika=vauva");

        Assert.Contains("href=\"/haku?q=neuvola&amp;ika=vauva\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/haku?q=neuvola&amp;kunta=lieksa\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_ReturnsNamesForAPrefix()
    {
        var json = await factory.CreateClient().GetStringAsync("/api/v1/suggest?q=kouluku&lang=fi");

        Assert.Contains("\"Koulukuraattori\"", json, StringComparison.Ordinal);
    }

    private async Task<JsonElement> ApiAsync(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private async Task<List<JsonElement>> ApiItemsAsync(string url) => [.. (await ApiAsync(url)).GetProperty("items").EnumerateArray()];
}
