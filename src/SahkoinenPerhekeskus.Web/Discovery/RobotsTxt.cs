using System.Text;

namespace SahkoinenPerhekeskus.Web.Discovery;

/// <summary>
/// robots.txt: everything public may be crawled except filtered search results (an endless space of facet
/// combinations; every service is in the sitemap instead), the editors' area, the API and error pages.
/// </summary>
public static class RobotsTxt
{
    public static IResult Write(HttpContext http, ILanguageContext language)
    {
        var text = new StringBuilder();
        text.Append("User-agent: *\n");
        foreach (var lang in SiteLanguage.All)
        {
            // "/haku?" blocks only result URLs with a query; the bare search page stays crawlable.
            text.Append("Disallow: ").Append(language.Url("/haku?", lang)).Append('\n');
        }

        text.Append("Disallow: ").Append(language.Url("/hallinta", SiteLanguage.Default)).Append('\n');
        text.Append("Disallow: ").Append(language.Url("/api/", SiteLanguage.Default)).Append('\n');
        text.Append("Disallow: ").Append(language.Url("/virhe/", SiteLanguage.Default)).Append('\n');
        text.Append('\n');
        text.Append("Sitemap: ").Append(language.Absolute(language.Url("/sitemap.xml", SiteLanguage.Default))).Append('\n');

        http.Response.Headers.CacheControl = DiscoveryEndpoints.CacheControl;
        return Results.Text(text.ToString(), "text/plain; charset=utf-8", Encoding.UTF8);
    }
}
