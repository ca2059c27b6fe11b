using System.Text.RegularExpressions;

namespace SahkoinenPerhekeskus.BrowserTests.Hallinta.FormCrawl;

/// <summary>A submit button as the crawl found it: where its form goes, how, with which label, and on which page.</summary>
/// <param name="Key">The button's identity across pages: method, target template and label. Each key is pressed once per role.</param>
public sealed record CrawlButton(string Key, string PageTemplate, string PageUrl, int Index, string Method, string ActionTemplate, string Label);

/// <summary>One press and what came of it.</summary>
public sealed record CrawlPress(CrawlButton Button, int Status, string Effect, string? Failure);

/// <summary>The addresses the crawl sees as one page: ids and account ids become placeholders, query values are dropped.</summary>
public static partial class UrlTemplate
{
    public static string Of(string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        var hash = pathAndQuery.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            pathAndQuery = pathAndQuery[..hash];
        }

        var question = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = question >= 0 ? pathAndQuery[..question] : pathAndQuery;
        var query = question >= 0 ? pathAndQuery[(question + 1)..] : "";
        path = Guid().Replace(Digits().Replace(path, "/{id}"), "/{user}");
        var keys = query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=')[0])
            .Select(key => key == "handler" ? HandlerPair(query, key) : key)
            .Order(StringComparer.Ordinal);
        var q = string.Join('&', keys);
        return q.Length == 0 ? path : path + "?" + q;

        // The handler names the action, so it stays in the template: ?handler=Publish is not ?handler=Check.
        static string HandlerPair(string query, string key) =>
            query.Split('&').First(p => p.StartsWith(key + "=", StringComparison.Ordinal));
    }

    /// <summary>The concrete address with the throwaway's id in place of the page's own.</summary>
    public static string WithService(string url, int serviceId) =>
        ServicePath().Replace(url, m => $"/hallinta/palvelut/{serviceId}" + m.Groups[1].Value, 1);

    public static string WithUser(string url, string userId) => Guid().Replace(url, "/" + userId, 1);

    public static bool IsServicePage(string template) => template.StartsWith("/hallinta/palvelut/{id}", StringComparison.Ordinal);

    public static bool IsUserPage(string template) => template.StartsWith("/hallinta/kayttajat/{user}", StringComparison.Ordinal);

    // "/0" is the "new" form of a page that edits rows by id: a page of its own, not one of the rows.
    [GeneratedRegex(@"/(?!0(?=/|$|\?))\d+(?=/|$|\?)")]
    private static partial Regex Digits();

    [GeneratedRegex(@"/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?=/|$|\?)")]
    private static partial Regex Guid();

    [GeneratedRegex(@"/hallinta/palvelut/\d+(/|$|\?)")]
    private static partial Regex ServicePath();
}
