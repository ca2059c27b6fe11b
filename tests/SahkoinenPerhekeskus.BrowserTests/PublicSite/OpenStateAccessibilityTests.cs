namespace SahkoinenPerhekeskus.BrowserTests.PublicSite;

/// <summary>
/// axe on states a page load does not show: the suggestion list open with an option active, every filter group
/// expanded, and the error summary with the filters expanded. Each in fi/sv/en at 1280 and 320 px.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OpenStateAccessibilityTests(SiteFixture site, BrowserFixture browser)
{
    public static TheoryData<string, string, string> States
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var state in new[] { "suggestions-front", "suggestions-results", "filters-expanded", "error-filters-expanded" })
            {
                foreach (var prefix in new[] { "", "/sv", "/en" })
                {
                    foreach (var viewport in new[] { Viewports.Desktop, Viewports.Narrow })
                    {
                        data.Add(state, prefix, viewport);
                    }
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(States))]
    public async Task OpenState_HasNoAxeViolations_AndNoHorizontalScroll(string state, string languagePrefix, string viewport)
    {
        await using var context = await browser.NewContextAsync(site.BaseUrl, Viewports.Get(viewport));
        var page = await context.NewPageAsync();

        switch (state)
        {
            case "suggestions-front":
                await page.GotoAsync(AccessibilityTests.InLanguage(languagePrefix, "/"));
                await OpenSuggestionsAsync(page, "#front-search");
                break;
            case "suggestions-results":
                await page.GotoAsync(AccessibilityTests.InLanguage(languagePrefix, "/haku?q=neuvola"));
                await page.FillAsync("#haku-q", "");
                await OpenSuggestionsAsync(page, "#haku-q");
                break;
            case "filters-expanded":
                await page.GotoAsync(AccessibilityTests.InLanguage(languagePrefix, "/haku?q=neuvola&kunta=lieksa"));
                await ExpandAllFiltersAsync(page);
                break;
            default:
                var response = await page.GotoAsync(AccessibilityTests.InLanguage(languagePrefix, "/haku?q=neuvola&vuotta=-1&kieli=xx"));
                Assert.Equal(400, response!.Status);
                Assert.True(await page.Locator(".error-summary").IsVisibleAsync());
                await ExpandAllFiltersAsync(page);
                break;
        }

        await AxeAssertions.AssertNoViolationsAsync(page);
        await LayoutAssertions.AssertNoHorizontalScrollAsync(page);
    }

    /// <summary>Types into a search box until the suggestion listbox shows, then makes the first option active.</summary>
    private static async Task OpenSuggestionsAsync(IPage page, string inputSelector)
    {
        var input = page.Locator(inputSelector);
        await input.FocusAsync();
        await input.PressSequentiallyAsync("neuv", new LocatorPressSequentiallyOptions { Delay = 50 });
        var listbox = page.Locator(inputSelector + "-suggestions");
        await listbox.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 10_000 });
        await page.Keyboard.PressAsync("ArrowDown");

        Assert.Equal("true", await input.GetAttributeAsync("aria-expanded"));
        Assert.False(string.IsNullOrEmpty(await input.GetAttributeAsync("aria-activedescendant")));
        Assert.True(await listbox.Locator("[role=option]").CountAsync() > 0);
    }

    private static async Task ExpandAllFiltersAsync(IPage page)
    {
        var summaries = page.Locator("details:not([open]) > summary");
        while (await summaries.CountAsync() > 0)
        {
            await summaries.First.ClickAsync();
        }

        Assert.Equal(0, await page.Locator("details:not([open])").CountAsync());
        Assert.True(await page.Locator("details fieldset input[type=checkbox]").First.IsVisibleAsync());
    }
}
