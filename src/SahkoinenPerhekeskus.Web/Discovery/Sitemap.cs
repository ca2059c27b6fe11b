using System.Xml;
using SahkoinenPerhekeskus.Core.Catalogue.Queries;

namespace SahkoinenPerhekeskus.Web.Discovery;

/// <summary>
/// sitemap.xml: every public page in fi, sv and en, each URL with <c>xhtml:link</c> alternates for all three languages
/// and x-default (Finnish), so search engines show families the page in their language.
/// </summary>
public static class Sitemap
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";

    /// <summary>The front page's intro text is shown on the front page; its own URL would be a duplicate.</summary>
    public const string FrontPageIntroSlug = "etusivu";

    private sealed record Entry(string Path, DateTime? LastModified);

    public static async Task WriteAsync(HttpContext http, CatalogueQueries queries, ILanguageContext language, CancellationToken ct)
    {
        var entries = new List<Entry> { new("/", null), new("/haku", null), new("/kunnat", null), new("/uutiset", null) };
        entries.AddRange((await queries.AreasAsync(ct)).Select(a => new Entry("/alueet/" + Uri.EscapeDataString(a.Code), null)));
        entries.AddRange((await queries.MunicipalitiesAsync(ct)).Select(m => new Entry("/kunnat/" + Uri.EscapeDataString(m.Slug), null)));
        entries.AddRange((await queries.PublishedForSitemapAsync(ct)).Select(s => new Entry("/palvelut/" + Uri.EscapeDataString(s.Slug), s.UpdatedAt)));
        entries.AddRange((await queries.PagesAsync(ct))
            .Where(p => p.Slug != FrontPageIntroSlug)
            .Select(p => new Entry("/sivut/" + Uri.EscapeDataString(p.Slug), p.UpdatedAt)));

        http.Response.ContentType = "application/xml; charset=utf-8";
        http.Response.Headers.CacheControl = DiscoveryEndpoints.CacheControl;
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new System.Text.UTF8Encoding(false) };
        await using var xml = XmlWriter.Create(http.Response.Body, settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "urlset", SitemapNs);
        await xml.WriteAttributeStringAsync("xmlns", "xhtml", null, XhtmlNs);
        foreach (var entry in entries)
        {
            foreach (var lang in SiteLanguage.All)
            {
                await xml.WriteStartElementAsync(null, "url", SitemapNs);
                await xml.WriteElementStringAsync(null, "loc", SitemapNs, Absolute(language, entry.Path, lang));
                if (entry.LastModified is { } modified)
                {
                    await xml.WriteElementStringAsync(null, "lastmod", SitemapNs, modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                foreach (var alternate in SiteLanguage.All)
                {
                    await WriteAlternateAsync(xml, alternate.Code, Absolute(language, entry.Path, alternate));
                }

                await WriteAlternateAsync(xml, "x-default", Absolute(language, entry.Path, SiteLanguage.Default));
                await xml.WriteEndElementAsync();
            }
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }

    private static string Absolute(ILanguageContext language, string path, SiteLanguage lang) => language.Absolute(language.Url(path, lang));

    private static async Task WriteAlternateAsync(XmlWriter xml, string hreflang, string href)
    {
        await xml.WriteStartElementAsync("xhtml", "link", XhtmlNs);
        await xml.WriteAttributeStringAsync(null, "rel", null, "alternate");
        await xml.WriteAttributeStringAsync(null, "hreflang", null, hreflang);
        await xml.WriteAttributeStringAsync(null, "href", null, href);
        await xml.WriteEndElementAsync();
    }
}
