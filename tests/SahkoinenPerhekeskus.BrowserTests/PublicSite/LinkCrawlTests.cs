using System.Net;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace SahkoinenPerhekeskus.BrowserTests.PublicSite;

/// <summary>
/// The public site in fi, sv and en: every link on every page reachable from the three front pages answers (0 broken
/// links), and every button on each page type does what it says in a real browser (search, filters, feedback).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class LinkCrawlTests(SiteFixture site, BrowserFixture browser, ITestOutputHelper output)
{
    // The demo content has about 600 pages in three languages. Facet links multiply results pages, so a results page
    // reached from another results page is checked but not read for further links.
    private const int MaxUrls = 4000;

    [Fact]
    public async Task EveryLink_FromTheFrontPagesInAllLanguages_Answers()
    {
        using var client = site.CreateClient();
        var checkedUrls = new Dictionary<string, int>(StringComparer.Ordinal);
        var broken = new List<string>();
        var queue = new Queue<(string Url, string From, bool Leaf)>([("/", "start", false), ("/sv/", "start", false), ("/en/", "start", false)]);
        while (queue.TryDequeue(out var item) && checkedUrls.Count < MaxUrls)
        {
            if (checkedUrls.ContainsKey(item.Url))
            {
                continue;
            }

            using var response = await client.GetAsync(item.Url);
            checkedUrls[item.Url] = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                broken.Add($"{item.Url} ({(int)response.StatusCode}) linked from {item.From}");
                continue;
            }

            if (item.Leaf || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var fromResults = IsResults(item.Url);
            foreach (var link in Links(await response.Content.ReadAsStringAsync()))
            {
                if (!checkedUrls.ContainsKey(link))
                {
                    queue.Enqueue((link, item.Url, fromResults && IsResults(link)));
                }
            }
        }

        output.WriteLine($"{checkedUrls.Count} links checked, {broken.Count} broken, {queue.Count} left unchecked");
        Assert.True(broken.Count == 0, string.Join(Environment.NewLine, broken));
        Assert.True(checkedUrls.Count > 500, $"only {checkedUrls.Count} pages reached");
        foreach (var path in new[] { "/palaute", "/sv/palaute", "/en/palaute", "/sivut/kohtaamispaikat", "/sv/sivut/toimintasuunnitelma", "/en/sivut/kohtaamispaikat" })
        {
            Assert.True(checkedUrls.ContainsKey(path), $"{path} is not linked from any page");
        }
    }

    public static TheoryData<string> Languages => ["", "/sv", "/en"];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task EveryButton_OnEachPublicPageType_AnswersAndDoesWhatItSays(string prefix)
    {
        await using var context = await browser.NewContextAsync(site.BaseUrl, Viewports.Get(Viewports.Desktop));
        var page = await context.NewPageAsync();
        var pressed = 0;
        var failures = new List<string>();
        foreach (var path in new[] { "/", "/palvelut/lieksa-lastenneuvola", "/kunnat/raakkyla", "/alueet/pohjoinen", "/sivut/kohtaamispaikat", "/uutiset", "/palaute", "/haku?q=neuvola" })
        {
            var url = AccessibilityTests.InLanguage(prefix, path);
            await page.GotoAsync(url);
            var count = await page.Locator("main button[type=submit], header button[type=submit]").CountAsync();
            for (var i = 0; i < count; i++)
            {
                await page.GotoAsync(url);
                var button = page.Locator("main button[type=submit], header button[type=submit]").Nth(i);
                var label = (await button.InnerTextAsync()).Trim();
                var form = button.Locator("xpath=ancestor::form");
                var method = (await form.GetAttributeAsync("method") ?? "get").ToLowerInvariant();
                if (method == "post")
                {
                    await form.Locator("input[type=radio]").First.CheckAsync();
                }
                else if (await form.Locator("input[name=q]").CountAsync() > 0 && (await form.Locator("input[name=q]").First.InputValueAsync()).Length == 0)
                {
                    await form.Locator("input[name=q]").First.FillAsync("neuvola");
                }

                var response = await page.RunAndWaitForResponseAsync(
                    () => button.ClickAsync(),
                    r => r.Request.ResourceType == "document" && r.Status is < 300 or >= 400);
                await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
                pressed++;
                var ok = response.Status < 400 && (method == "post"
                    ? await page.Locator(".feedback [role=status]").CountAsync() == 1
                    : page.Url.Contains("/haku?", StringComparison.Ordinal) && await page.Locator(".results-count, .search-results").CountAsync() > 0);
                if (!ok)
                {
                    failures.Add($"{url} '{label}': {response.Status} at {page.Url}");
                }
            }
        }

        output.WriteLine($"{pressed} buttons pressed in '{prefix}', {failures.Count} failed");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(pressed >= 10, $"only {pressed} buttons found");
    }

    private static bool IsResults(string url) => url.Contains("/haku?", StringComparison.Ordinal);

    private static IEnumerable<string> Links(string html)
    {
        foreach (Match m in Href().Matches(html))
        {
            var href = WebUtility.HtmlDecode(m.Groups[1].Value);
            var hash = href.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                href = href[..hash];
            }

            if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !href.StartsWith("/hallinta", StringComparison.Ordinal))
            {
                yield return href;
            }
        }
    }

    [GeneratedRegex("<a\\s[^>]*href=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Href();
}
