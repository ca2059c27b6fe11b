using System.Text.RegularExpressions;

namespace SahkoinenPerhekeskus.Web.Tests.PublicSite;

/// <summary>Area pages, the news list and the service page's JSON-LD.</summary>
public sealed partial class AreaAndNewsPageTests(PublicSiteFactory factory) : IClassFixture<PublicSiteFactory>
{
    [Fact]
    public async Task Get_AreaPage_ListsItsMunicipalitiesAndOnlyItsSharedServices()
    {
        var html = await factory.CreateClient().GetStringAsync("/alueet/pohjoinen");

        Assert.Contains("<h1>Pohjoinen perhekeskusalue</h1>", html, StringComparison.Ordinal);
        foreach (var slug in new[] { "lieksa", "nurmes", "juuka" })
        {
            Assert.Contains($"href=\"/kunnat/{slug}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("href=\"/palvelut/region-perheneuvola-pohjoinen\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/palvelut/region-perheneuvola-keskinen\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/palvelut/lieksa-lastenneuvola\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AreaPageInSwedish_IsSwedish()
    {
        var html = await factory.CreateClient().GetStringAsync("/sv/alueet/keskinen");

        Assert.Contains("<html lang=\"sv\">", html, StringComparison.Ordinal);
        Assert.Contains("Mellersta familjecentralområdet", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/sv/kunnat/joensuu\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/alueet/ei-ole")]
    [InlineData("/en/alueet/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    public async Task Get_UnknownArea_Returns404Page(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    // "/alueet/%00" never reaches the app: Kestrel answers 400 itself (and TestServer refuses to send it).
    [Theory]
    [InlineData("/alueet/%C3%28")]
    [InlineData("/alueet/..%2F..%2Fetc")]
    public async Task Get_MalformedAreaCode_IsAClientError(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Fact]
    public async Task MunicipalityAndFrontPage_LinkToAreaPages()
    {
        var client = factory.CreateClient();

        Assert.Contains("href=\"/alueet/pohjoinen\"", await client.GetStringAsync("/kunnat/lieksa"), StringComparison.Ordinal);
        Assert.Contains("href=\"/alueet/pohjoinen\"", await client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_NewsList_ShowsNewsNewestFirst_AndNoStaticPages()
    {
        var html = await factory.CreateClient().GetStringAsync("/uutiset?sivu=-1&x=%00");
        var links = NewsLink().Matches(html).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(["uutiset-perhekeskuksen-chat", "uutiset-iltaneuvola", "uutiset-vertaisryhmat-syksy-2026"], links);
    }

    [Fact]
    public async Task Get_ServicePage_HasParseableSchemaOrgJsonLd()
    {
        var html = await factory.CreateClient().GetStringAsync("/sv/palvelut/lieksa-lastenneuvola");
        var json = JsonLd().Match(html).Groups[1].Value;
        using var doc = JsonDocument.Parse(json);
        var service = doc.RootElement.GetProperty("mainEntity");

        Assert.Equal("https://schema.org", doc.RootElement.GetProperty("@context").GetString());
        Assert.Equal("sv", doc.RootElement.GetProperty("inLanguage").GetString());
        Assert.Equal("GovernmentService", service.GetProperty("@type").GetString());
        Assert.EndsWith("/sv/palvelut/lieksa-lastenneuvola", service.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal("Lieksa", service.GetProperty("areaServed")[0].GetProperty("name").GetString());
        var channels = service.GetProperty("availableChannel").EnumerateArray().ToList();
        Assert.Contains(channels, c => c.TryGetProperty("servicePhone", out var phone) && phone.TryGetProperty("telephone", out _));
        Assert.Contains(channels, c => c.TryGetProperty("serviceLocation", out var place) && place.GetProperty("address").GetProperty("addressLocality").GetString() == "Lieksa");
        Assert.DoesNotContain("</", json, StringComparison.Ordinal);
    }

    [GeneratedRegex("<h2><a href=\"/sivut/([a-z0-9-]+)\">")]
    private static partial Regex NewsLink();

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();
}
