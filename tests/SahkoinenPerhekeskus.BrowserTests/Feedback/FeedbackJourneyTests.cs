using SahkoinenPerhekeskus.Core.Feedback;

namespace SahkoinenPerhekeskus.BrowserTests.Feedback;

/// <summary>"Oliko tästä apua?" with the keyboard only and JavaScript off, and the dashboard with axe.</summary>
[Collection(FeedbackBrowserCollection.Name)]
public sealed class FeedbackJourneyTests(FeedbackSiteFixture site, BrowserFixture browser)
{
    private const int MaxTabs = 150;

    public static TheoryData<string, string> DashboardPages
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var path in new[] { "", "/kattavuus", "/ajantasaisuus", "/palaute", "/kysynta", "/haut", "/kysynta?alku=2026-12-01&loppu=2026-01-01" })
            {
                foreach (var viewport in new[] { Viewports.Desktop, Viewports.Narrow })
                {
                    data.Add(path, viewport);
                }
            }

            return data;
        }
    }

    [Fact]
    public async Task Feedback_ByKeyboardWithJavaScriptOff_IsStoredScrubbedAndThanked()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseUrl.ToString(),
            ViewportSize = Viewports.Get(Viewports.Desktop),
            JavaScriptEnabled = false,
            Locale = "fi-FI",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/palvelut/lieksa-lastenneuvola");

        await TabToAsync(page, "palaute-kylla");
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("palaute-teksti", await ActiveIdAsync(page));
        await page.Keyboard.TypeAsync("Hyvä palvelu! Soita minulle 040 765 4321.");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("BUTTON", await page.EvaluateAsync<string>("() => document.activeElement.tagName"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/palvelut/lieksa-lastenneuvola?palaute=kiitos#palaute");

        Assert.Contains("Kiitos palautteestasi!", await page.Locator("#palaute [role=status]").InnerTextAsync(), StringComparison.Ordinal);
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerhekeskusDbContext>();
        Assert.True(await db.Set<FeedbackEntry>().AnyAsync(e => e.Text == "Hyvä palvelu! Soita minulle [puhelinnumero]."));

        // axe is itself a script, so the thank-you state is checked in a context with JavaScript on.
        await using var axeContext = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl.ToString(), Locale = "fi-FI" });
        var axePage = await axeContext.NewPageAsync();
        await axePage.GotoAsync(page.Url);
        await AxeAssertions.AssertNoViolationsAsync(axePage);
    }

    [Theory]
    [MemberData(nameof(DashboardPages))]
    public async Task Dashboard_HasNoAxeViolations(string path, string viewport)
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseUrl.ToString(),
            ViewportSize = Viewports.Get(viewport),
            Locale = "fi-FI",
            ExtraHTTPHeaders = new Dictionary<string, string> { [HeaderAuthHandler.RolesHeader] = "regional-admin" },
        });
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync("/hallinta/indikaattorit" + path);

        Assert.NotNull(response);
        Assert.Equal(path.Contains("alku=2026-12-01", StringComparison.Ordinal) ? 400 : 200, response.Status);
        await AxeAssertions.AssertNoViolationsAsync(page);
        if (path == "/palaute" && viewport == Viewports.Desktop && Environment.GetEnvironmentVariable("PERHEKESKUS_SCREENSHOTS") is { Length: > 0 } dir)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, "indikaattorit-palaute.png"), FullPage = true });
            await page.GotoAsync("/hallinta/indikaattorit/kysynta");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, "indikaattorit-kysynta.png"), FullPage = true });
        }
    }

    private static async Task TabToAsync(IPage page, string id)
    {
        for (var i = 0; i < MaxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await ActiveIdAsync(page) == id)
            {
                return;
            }
        }

        Assert.Fail($"#{id} was not reached with {MaxTabs} presses of Tab");
    }

    private static Task<string> ActiveIdAsync(IPage page) => page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.id : ''");
}
