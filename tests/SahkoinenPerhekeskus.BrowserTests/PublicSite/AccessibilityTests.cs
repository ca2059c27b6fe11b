namespace SahkoinenPerhekeskus.BrowserTests.PublicSite;

/// <summary>
/// Every public page type (and the results page with results, without results and with an error) in every language at
/// 1280 and 320 px: zero axe violations (WCAG 2.0–2.2 A/AA) and no sideways scrolling.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(SiteFixture site, BrowserFixture browser)
{
    /// <summary>One URL of each page type, including the results page's states and the error pages.</summary>
    public static IReadOnlyList<string> PageTypes { get; } =
    [
        "/",
        "/palvelut/lieksa-lastenneuvola",
        "/palvelut/national-kriisipuhelin",
        "/kunnat",
        "/kunnat/raakkyla",
        "/alueet/pohjoinen",
        "/sivut/saavutettavuusseloste",
        "/sivut/uutiset-iltaneuvola",
        "/uutiset",
        "/palaute",
        "/haku?q=neuvola&kunta=lieksa",
        ZeroResults,
        BadRequest,
        NotFound,
    ];

    /// <summary>A search with no results: the zero-result help and the urgent-help pointer.</summary>
    public const string ZeroResults = "/haku?q=xqzvbnm";

    /// <summary>A search with a bad parameter: the error summary with status 400.</summary>
    public const string BadRequest = "/haku?q=neuvola&vuotta=-1";

    public const string NotFound = "/ei-ole-olemassa";

    /// <summary>The status a page type answers with.</summary>
    public static int ExpectedStatus(string path) => path switch
    {
        NotFound => 404,
        BadRequest => 400,
        _ => 200,
    };

    /// <summary>A page path in a language: ("/sv", "/") → "/sv/".</summary>
    public static string InLanguage(string languagePrefix, string path) =>
        languagePrefix + (path == "/" && languagePrefix.Length > 0 ? "/" : path);

    public static TheoryData<string, string, string> Pages
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var path in PageTypes)
            {
                foreach (var prefix in new[] { "", "/sv", "/en" })
                {
                    foreach (var viewport in new[] { Viewports.Desktop, Viewports.Narrow })
                    {
                        data.Add(prefix, path, viewport);
                    }
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_HasNoAxeViolations_AndNoHorizontalScroll(string languagePrefix, string path, string viewport)
    {
        await using var context = await browser.NewContextAsync(site.BaseUrl, Viewports.Get(viewport));
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(InLanguage(languagePrefix, path));

        Assert.NotNull(response);
        Assert.Equal(ExpectedStatus(path), response.Status);
        Assert.Equal(languagePrefix.Length == 0 ? "fi" : languagePrefix[1..], await page.GetAttributeAsync("html", "lang"));
        await AxeAssertions.AssertNoViolationsAsync(page);
        await LayoutAssertions.AssertNoHorizontalScrollAsync(page);
    }

    [Fact]
    public async Task UrgentHelp_IsOneStepFromEveryPage_AndLinksToTheCrisisLine()
    {
        await using var context = await browser.NewContextAsync(site.BaseUrl, Viewports.Get(Viewports.Narrow));
        var page = await context.NewPageAsync();
        await page.GotoAsync("/kunnat/lieksa");

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
        Assert.Equal("#kiireellinen-apu", focused);
        await page.Keyboard.PressAsync("Enter");

        var box = page.Locator("#kiireellinen-apu");
        Assert.True(await box.IsVisibleAsync());
        Assert.Equal(1, await box.Locator("a[href='tel:112']").CountAsync());
        Assert.Equal(1, await box.Locator("a[href='tel:0925250111']").CountAsync());
    }
}
