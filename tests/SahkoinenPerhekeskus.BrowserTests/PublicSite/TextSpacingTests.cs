namespace SahkoinenPerhekeskus.BrowserTests.PublicSite;

/// <summary>WCAG 1.4.12: with the text-spacing override applied, no page type clips text or scrolls sideways.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TextSpacingTests(SiteFixture site, BrowserFixture browser)
{
    public static TheoryData<string, string> Pages
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var path in AccessibilityTests.PageTypes)
            {
                foreach (var viewport in new[] { Viewports.Desktop, Viewports.Narrow })
                {
                    data.Add(path, viewport);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task TextSpacingOverride_ClipsNoText(string path, string viewport)
    {
        // BypassCSP only so the test can inject its stylesheet; the site itself refuses inline styles.
        await using var context = await browser.NewContextAsync(site.BaseUrl, Viewports.Get(viewport), new BrowserNewContextOptions { BypassCSP = true });
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(path);

        Assert.Equal(AccessibilityTests.ExpectedStatus(path), response!.Status);
        await LayoutAssertions.AssertTextSpacingDoesNotClipAsync(page);
    }
}
