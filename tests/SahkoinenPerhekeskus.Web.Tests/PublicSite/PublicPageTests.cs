using System.Text.RegularExpressions;

namespace SahkoinenPerhekeskus.Web.Tests.PublicSite;

/// <summary>Public pages rendered by the real app from a real SQLite file loaded with the repository's content.</summary>
public sealed partial class PublicPageTests(PublicSiteFactory factory) : IClassFixture<PublicSiteFactory>
{
    [Fact]
    public async Task Get_ServicePage_RendersNameChannelsAndSharedDescription()
    {
        var html = await factory.CreateClient().GetStringAsync("/palvelut/lieksa-lastenneuvola");

        Assert.Contains("<h1>Lieksan lastenneuvola</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Yleistä palvelusta: Lastenneuvola", html, StringComparison.Ordinal);
        Assert.Matches(TelLink(), html);
        Assert.Contains("<html lang=\"fi\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ServicePageInSwedish_UsesSwedishUiAndMarksFinnishFallback()
    {
        var html = await factory.CreateClient().GetStringAsync("/sv/palvelut/lieksa-lastenneuvola");

        Assert.Contains("<html lang=\"sv\">", html, StringComparison.Ordinal);
        Assert.Contains("Kontaktuppgifter", html, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"fi\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/palvelut/ei-ole-tallaista")]
    [InlineData("/kunnat/tampere")]
    [InlineData("/sivut/ei-ole")]
    [InlineData("/sv/palvelut/finns-inte")]
    public async Task Get_UnknownSlug_Returns404Page(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_DraftService_IsNotPublic()
    {
        var response = await factory.CreateClient().GetAsync("/palvelut/kontiolahti-avoin-varhaiskasvatus");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task MunicipalityPages_ListServiceTypesInTheSameOrderEverywhere()
    {
        var client = factory.CreateClient();
        var joensuu = TypeHeadings(await client.GetStringAsync("/kunnat/joensuu"));
        var raakkyla = TypeHeadings(await client.GetStringAsync("/kunnat/raakkyla"));

        Assert.NotEmpty(joensuu);
        var common = joensuu.Intersect(raakkyla).ToList();
        Assert.Equal(common, raakkyla.Intersect(joensuu).ToList());
        Assert.Contains("tyyppi-lastenneuvola", raakkyla);
        Assert.Contains("tyyppi-koulukuraattori", raakkyla);
    }

    [Fact]
    public async Task MunicipalityPage_CoreTypeWithoutLocalEntry_SaysWhereToGetIt()
    {
        var html = await factory.CreateClient().GetStringAsync("/kunnat/raakkyla");
        var perheneuvola = html[html.IndexOf("id=\"tyyppi-perheneuvola\"", StringComparison.Ordinal)..];
        perheneuvola = perheneuvola[..perheneuvola.IndexOf("</section>", StringComparison.Ordinal)];

        Assert.Contains("service-card", perheneuvola, StringComparison.Ordinal);
        Assert.Contains("notice", perheneuvola, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FrontPage_LinksToEveryMunicipality()
    {
        var html = await factory.CreateClient().GetStringAsync("/");

        Assert.Equal(13, MunicipalityLink().Matches(html).Select(m => m.Value).Distinct().Count());
    }

    [Fact]
    public async Task UrgentHelpBox_IsBuiltFromUrgentServices()
    {
        var html = await factory.CreateClient().GetStringAsync("/kunnat");
        var box = html[html.IndexOf("id=\"kiireellinen-apu\"", StringComparison.Ordinal)..];

        Assert.Contains("tel:112", box, StringComparison.Ordinal);
        Assert.Contains("116117", box, StringComparison.Ordinal);
        Assert.Contains("Sekasin", box, StringComparison.Ordinal);
        Assert.Contains("116111", box, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Responses_CarrySecurityHeaders()
    {
        var response = await factory.CreateClient().GetAsync("/");
        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));

        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.Contains("Referrer-Policy"));
        Assert.True(response.Headers.Contains("Permissions-Policy"));
    }

    [Fact]
    public async Task Pages_HaveNoInlineScriptsOrStyles()
    {
        var client = factory.CreateClient();
        foreach (var url in new[] { "/", "/palvelut/lieksa-lastenneuvola", "/kunnat/lieksa", "/sivut/toimintasuunnitelma", "/alueet/pohjoinen", "/uutiset", "/haku?q=neuvola" })
        {
            var html = await client.GetStringAsync(url);
            Assert.DoesNotMatch(InlineScript(), html);
            Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
        }
    }

    private static List<string> TypeHeadings(string html) =>
        [.. TypeHeading().Matches(html).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("id=\"(tyyppi-[a-z0-9-]+)\"")]
    private static partial Regex TypeHeading();

    [GeneratedRegex("href=\"/kunnat/[a-z]+\"")]
    private static partial Regex MunicipalityLink();

    [GeneratedRegex("href=\"tel:[0-9+]+\"")]
    private static partial Regex TelLink();

    // A JSON-LD data block is not a script: browsers never run it, and the CSP does not apply to it.
    [GeneratedRegex("<script(?![^>]*\\ssrc=)(?![^>]*type=\"application/ld\\+json\")[^>]*>")]
    private static partial Regex InlineScript();
}

/// <summary>One app and one database for the read-only page tests: loading the demo content takes a few seconds.</summary>
public sealed class PublicSiteFactory : PerhekeskusWebFactory;
