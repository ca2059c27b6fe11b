namespace SahkoinenPerhekeskus.Web.Discovery;

/// <summary>
/// What search engines and feed readers fetch: <c>/robots.txt</c>, <c>/sitemap.xml</c> (every public page in every
/// language with its hreflang alternates) and the news feed <c>/uutiset.atom</c> in each language.
/// </summary>
public static class DiscoveryEndpoints
{
    /// <summary>How long caches may keep the generated files: content changes a few times a day at most.</summary>
    public const string CacheControl = "public, max-age=3600";

    public static IEndpointRouteBuilder MapDiscovery(this IEndpointRouteBuilder app)
    {
        app.MapGet("/robots.txt", RobotsTxt.Write).ExcludeFromDescription();
        app.MapGet("/sitemap.xml", Sitemap.WriteAsync).ExcludeFromDescription();
        foreach (var language in SiteLanguage.All)
        {
            app.MapGet(LanguagePaths.Localize(NewsFeed.Path, language), NewsFeed.WriteAsync).ExcludeFromDescription();
        }

        return app;
    }
}
