namespace SahkoinenPerhekeskus.BrowserTests.PublicSite;

/// <summary>
/// The journeys by keyboard alone, with focus visible at every stop, and the search journey with JavaScript off.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardJourneyTests(SiteFixture site, BrowserFixture browser)
{
    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task BrowseByAge_ThenMunicipality_ShowsLocalAreaRegionAndNationalServices_WithNeedCounts(string viewport)
    {
        await using var context = await browser.NewContextAsync(site.BaseUrl, Viewports.Get(viewport));
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        // Front page: Tab to the age group and follow it.
        await FocusAssertions.TabUntilAsync(page, f => f.Tag == "a" && f.Text.StartsWith("Leikki-ikäinen", StringComparison.Ordinal), "The age group link Leikki-ikäinen");
        await RunAndWaitForNavigationAsync(page, () => page.Keyboard.PressAsync("Enter"));
        Assert.EndsWith("/haku?ika=leikki_ika", page.Url, StringComparison.Ordinal);

        // Results page: choose Lieksa in the municipality filter by typing, then submit the filters.
        await FocusAssertions.TabUntilAsync(page, f => f.Id == "haku-kunta", "The municipality filter");
        await page.Keyboard.TypeAsync("Lieksa");
        Assert.Equal("lieksa", await page.InputValueAsync("#haku-kunta"));
        await FocusAssertions.TabUntilAsync(page, f => f.Tag == "button" && f.Text == "Näytä tulokset", "The filters' submit button");
        await RunAndWaitForNavigationAsync(page, () => page.Keyboard.PressAsync("Enter"));

        Assert.Contains("kunta=lieksa", page.Url, StringComparison.Ordinal);
        Assert.Contains("ika=leikki_ika", page.Url, StringComparison.Ordinal);
        var results = page.Locator(".search-results .service-card");
        Assert.True(await results.CountAsync() > 0);
        Assert.Equal(1, await page.Locator(".search-results a[href='/palvelut/lieksa-lastenneuvola']").CountAsync()); // Lieksa's own
        Assert.True(await results.Filter(new LocatorFilterOptions { HasText = "Pohjoinen perhekeskusalue" }).CountAsync() > 0); // the area's
        Assert.True(await page.Locator(".search-results a[href^='/palvelut/region-']").CountAsync() > 0); // region-wide
        Assert.Equal(1, await page.Locator(".search-results a[href='/palvelut/national-mll-vanhempainnetti']").CountAsync()); // national e-service

        // The need facet opens from the keyboard and shows counts.
        var needSummary = page.Locator("details:has(input[name=tarve]) > summary");
        var needLabel = await needSummary.InnerTextAsync();
        await FocusAssertions.TabUntilAsync(page, f => f.Tag == "summary" && f.Text == needLabel, "The need facet");
        await page.Keyboard.PressAsync("Enter");
        var counts = await page.Locator("details:has(input[name=tarve]) .facet-count").AllInnerTextsAsync();
        Assert.NotEmpty(counts);
        Assert.True(await page.Locator("details:has(input[name=tarve]) .facet-count").First.IsVisibleAsync());
        Assert.Contains(counts, c => c != "(0)");
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task SearchKuraattori_ByKeyboard_FindsSchoolSocialWorkerWithBadges(string viewport)
    {
        await using var context = await browser.NewContextAsync(site.BaseUrl, Viewports.Get(viewport));
        var page = await context.NewPageAsync();

        await SearchKuraattoriAsync(page, javaScript: true);
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task SearchKuraattori_WithJavaScriptOff_StillWorks(string viewport)
    {
        await using var context = await browser.NewContextAsync(site.BaseUrl, Viewports.Get(viewport), new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await SearchKuraattoriAsync(page, javaScript: false);
    }

    private static async Task SearchKuraattoriAsync(IPage page, bool javaScript)
    {
        await page.GotoAsync("/");
        Assert.Equal(javaScript, await page.Locator("#front-search[role=combobox]").CountAsync() == 1);

        await FocusAssertions.TabUntilAsync(page, f => f.Id == "front-search", "The front page's search box");
        await page.Keyboard.TypeAsync("kuraattori", new KeyboardTypeOptions { Delay = 30 });
        await RunAndWaitForNavigationAsync(page, () => page.Keyboard.PressAsync("Enter"));

        Assert.EndsWith("/haku?q=kuraattori", page.Url, StringComparison.Ordinal);
        var card = page.Locator(".search-results .service-card").Filter(new LocatorFilterOptions { HasText = "Koulukuraattori" }).First;
        Assert.True(await card.IsVisibleAsync());
        Assert.True(await card.Locator(".badge--no-referral", new LocatorLocatorOptions { HasText = "Ei lähetettä" }).IsVisibleAsync());
        Assert.True(await card.Locator(".badge--free").IsVisibleAsync());

        // The first result is reachable by Tab with visible focus.
        await FocusAssertions.TabUntilAsync(page, f => f.Tag == "a" && f.Href.StartsWith("/palvelut/", StringComparison.Ordinal), "The first result");
    }

    private static async Task RunAndWaitForNavigationAsync(IPage page, Func<Task> action)
    {
        var before = page.Url;
        await action();
        await page.WaitForURLAsync(url => url != before, new PageWaitForURLOptions { Timeout = 15_000 });
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }
}
