using System.Xml.Linq;
using SahkoinenPerhekeskus.Web.Tests.PublicSite;

namespace SahkoinenPerhekeskus.Web.Tests.Discovery;

/// <summary>robots.txt, sitemap.xml and the Atom news feed on the demo content.</summary>
public sealed class DiscoveryTests(PublicSiteFactory factory) : IClassFixture<PublicSiteFactory>
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Get_RobotsTxt_PointsToSitemap_AndKeepsFilteredSearchOut()
    {
        var response = await factory.CreateClient().GetAsync("/robots.txt");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("User-agent: *", text, StringComparison.Ordinal);
        Assert.Contains("Disallow: /haku?\n", text, StringComparison.Ordinal);
        Assert.Contains("Disallow: /sv/haku?\n", text, StringComparison.Ordinal);
        Assert.Contains("Disallow: /hallinta\n", text, StringComparison.Ordinal);
        Assert.Matches("Sitemap: https?://[^/]+/sitemap\\.xml", text);
    }

    [Fact]
    public async Task Get_Sitemap_ListsEveryPageTypeInEveryLanguage_WithAlternates()
    {
        var response = await factory.CreateClient().GetAsync("/sitemap.xml");
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var urls = xml.Root!.Elements(Sm + "url").ToList();
        var locs = urls.Select(u => new Uri(u.Element(Sm + "loc")!.Value).AbsolutePath).ToHashSet();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var path in new[] { "/", "/haku", "/kunnat", "/uutiset", "/kunnat/lieksa", "/alueet/pohjoinen", "/palvelut/lieksa-lastenneuvola", "/sivut/saavutettavuusseloste", "/sivut/uutiset-iltaneuvola" })
        {
            Assert.Contains(path, locs);
            Assert.Contains(path == "/" ? "/sv/" : "/sv" + path, locs);
            Assert.Contains(path == "/" ? "/en/" : "/en" + path, locs);
        }

        Assert.DoesNotContain("/palvelut/kontiolahti-avoin-varhaiskasvatus", locs); // a draft
        Assert.DoesNotContain("/sivut/etusivu", locs);
        Assert.All(urls, url =>
        {
            var hreflangs = url.Elements(Xhtml + "link").Select(l => (string?)l.Attribute("hreflang")).ToList();
            Assert.Equal(["fi", "sv", "en", "x-default"], hreflangs);
            Assert.Contains(url.Element(Sm + "loc")!.Value, url.Elements(Xhtml + "link").Select(l => (string?)l.Attribute("href")));
        });
    }

    [Theory]
    [InlineData("/uutiset.atom", "fi", "Lastenneuvola palvelee nyt myös iltaisin")]
    [InlineData("/sv/uutiset.atom", "sv", "/sv/sivut/uutiset-iltaneuvola")]
    [InlineData("/en/uutiset.atom", "en", "/en/sivut/uutiset-iltaneuvola")]
    public async Task Get_NewsFeed_IsAtomInTheLanguage_NewestFirst(string url, string lang, string expected)
    {
        var response = await factory.CreateClient().GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        var feed = XDocument.Parse(body).Root!;
        var entries = feed.Elements(Atom + "entry").ToList();
        var published = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "published")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal(lang, (string?)feed.Attribute(XNamespace.Xml + "lang"));
        Assert.NotEmpty(feed.Element(Atom + "id")!.Value);
        Assert.NotNull(feed.Elements(Atom + "link").SingleOrDefault(l => (string?)l.Attribute("rel") == "self"));
        Assert.Equal(3, entries.Count);
        Assert.Equal(published.OrderDescending(), published);
        Assert.All(entries, e => Assert.NotNull(e.Element(Atom + "updated")));
        Assert.Contains(expected, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryPage_LinksTheNewsFeedInItsLanguage()
    {
        var client = factory.CreateClient();

        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/uutiset.atom\"", await client.GetStringAsync("/kunnat"), StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/sv/uutiset.atom\"", await client.GetStringAsync("/sv/kunnat"), StringComparison.Ordinal);
    }
}
