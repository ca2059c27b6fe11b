using SahkoinenPerhekeskus.BrowserTests.Infrastructure;

namespace SahkoinenPerhekeskus.BrowserTests.PublicSite;

/// <summary>Every public page type in every language at 1280 and 320 px: zero axe violations (WCAG 2.0–2.2 A/AA) and no sideways scrolling.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(SiteFixture site, BrowserFixture browser)
{
    private static readonly string[] PageTypes =
    [
        "/",
        "/palvelut/lieksa-lastenneuvola",
        "/palvelut/national-kriisipuhelin",
        "/kunnat",
        "/kunnat/raakkyla",
        "/sivut/saavutettavuusseloste",
        "/sivut/uutiset-iltaneuvola",
        "/ei-ole-olemassa",
    ];

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
        var url = languagePrefix + (path == "/" && languagePrefix.Length > 0 ? "/" : path);

        var response = await page.GotoAsync(url);

        Assert.NotNull(response);
        Assert.Equal(path.StartsWith("/ei-ole", StringComparison.Ordinal) ? 404 : 200, response.Status);
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
