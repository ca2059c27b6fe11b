using System.Xml;
using Microsoft.Extensions.Localization;
using SahkoinenPerhekeskus.Core.Catalogue.Queries;
using SahkoinenPerhekeskus.Core.Publishing;

namespace SahkoinenPerhekeskus.Web.Discovery;

/// <summary>
/// The news as an Atom 1.0 feed (RFC 4287) in the request's language, linked from every page's head. Entries fall back
/// to Finnish like the pages do, marked with <c>xml:lang="fi"</c>; bodies are the same sanitised HTML as on the page.
/// </summary>
public static class NewsFeed
{
    public const string Path = "/uutiset.atom";
    public const int MaxEntries = 20;

    private const string AtomNs = "http://www.w3.org/2005/Atom";

    public static async Task WriteAsync(
        HttpContext http, CatalogueQueries queries, ILanguageContext language, IStringLocalizer<SharedResource> l,
        MarkdownRenderer markdown, TimeProvider time, CancellationToken ct)
    {
        var lang = language.Current;
        var news = await queries.NewsAsync(MaxEntries, ct);
        var self = language.Absolute(language.Url(Path));
        var updated = news.Count == 0 ? time.GetUtcNow().UtcDateTime : news.Max(n => Latest(n));

        http.Response.ContentType = "application/atom+xml; charset=utf-8";
        http.Response.Headers.CacheControl = DiscoveryEndpoints.CacheControl;
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new System.Text.UTF8Encoding(false) };
        await using var xml = XmlWriter.Create(http.Response.Body, settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "feed", AtomNs);
        await xml.WriteAttributeStringAsync("xml", "lang", null, lang.Code);
        await xml.WriteElementStringAsync(null, "id", AtomNs, self);
        await xml.WriteElementStringAsync(null, "title", AtomNs, l["News.FeedTitle"].Value);
        await xml.WriteElementStringAsync(null, "subtitle", AtomNs, l["News.Intro"].Value);
        await xml.WriteElementStringAsync(null, "updated", AtomNs, Timestamp(updated));
        await WriteLinkAsync(xml, "self", self, "application/atom+xml");
        await WriteLinkAsync(xml, "alternate", language.Absolute(language.Url("/uutiset")), "text/html");
        await xml.WriteStartElementAsync(null, "author", AtomNs);
        await xml.WriteElementStringAsync(null, "name", AtomNs, l["Footer.Owner"].Value);
        await xml.WriteEndElementAsync();

        foreach (var item in news)
        {
            var url = language.Absolute(language.Url("/sivut/" + Uri.EscapeDataString(item.Slug)));
            var (title, titleLang) = item.Title.For(lang.Code);
            await xml.WriteStartElementAsync(null, "entry", AtomNs);
            if (titleLang != lang.Code)
            {
                await xml.WriteAttributeStringAsync("xml", "lang", null, titleLang);
            }

            // The id is the Finnish URL in every language's feed: one news item, one identity.
            await xml.WriteElementStringAsync(null, "id", AtomNs, language.Absolute(language.Url("/sivut/" + Uri.EscapeDataString(item.Slug), SiteLanguage.Default)));
            await xml.WriteElementStringAsync(null, "title", AtomNs, title);
            await xml.WriteElementStringAsync(null, "updated", AtomNs, Timestamp(Latest(item)));
            if (item.PublishedAt is { } published)
            {
                await xml.WriteElementStringAsync(null, "published", AtomNs, Timestamp(published));
            }

            await WriteLinkAsync(xml, "alternate", url, "text/html");
            await WriteTextAsync(xml, "summary", "text", item.Summary, lang.Code, null);
            await WriteTextAsync(xml, "content", "html", item.Body, lang.Code, markdown);
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }

    private static DateTime Latest(ContentPage page) => page.PublishedAt is { } published && published > page.UpdatedAt ? published : page.UpdatedAt;

    private static string Timestamp(DateTime value) =>
        DateTime.SpecifyKind(value, value.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : value.Kind)
            .ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static async Task WriteLinkAsync(XmlWriter xml, string rel, string href, string type)
    {
        await xml.WriteStartElementAsync(null, "link", AtomNs);
        await xml.WriteAttributeStringAsync(null, "rel", null, rel);
        await xml.WriteAttributeStringAsync(null, "type", null, type);
        await xml.WriteAttributeStringAsync(null, "href", null, href);
        await xml.WriteEndElementAsync();
    }

    private static async Task WriteTextAsync(XmlWriter xml, string element, string type, LocalizedText text, string lang, MarkdownRenderer? markdown)
    {
        if (text.IsEmpty)
        {
            return;
        }

        var (value, used) = text.For(lang);
        await xml.WriteStartElementAsync(null, element, AtomNs);
        await xml.WriteAttributeStringAsync(null, "type", null, type);
        if (used != lang)
        {
            await xml.WriteAttributeStringAsync("xml", "lang", null, used);
        }

        await xml.WriteStringAsync(markdown is null ? value : markdown.ToHtml(value, 2));
        await xml.WriteEndElementAsync();
    }
}
