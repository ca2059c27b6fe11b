using Xunit.Sdk;

namespace SahkoinenPerhekeskus.BrowserTests.Infrastructure;

/// <summary>Checks the helpers themselves on fixed HTML, independent of the app.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AssertionHelperTests(SiteFixture site, BrowserFixture browser)
{
    private const string AccessiblePage = """
        <!doctype html>
        <html lang="fi">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Testisivu</title></head>
        <body><main><h1>Perhekeskus</h1><p>Palveluja lapsiperheille.</p><a href="#top">Sivun alkuun</a></main></body>
        </html>
        """;

    private const string ImageWithoutAlt = """
        <!doctype html>
        <html lang="fi">
        <head><meta charset="utf-8"><title>Testisivu</title></head>
        <body><main><h1>Perhekeskus</h1><img id="kuva" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body>
        </html>
        """;

    private const string TooWide = """
        <!doctype html>
        <html lang="fi">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Testisivu</title></head>
        <body><main><h1>Perhekeskus</h1><div id="leveä" class="taulukko" style="width: 1000px">Leveä</div></main></body>
        </html>
        """;

    private const string ClippedBox = """
        <!doctype html>
        <html lang="fi">
        <head><meta charset="utf-8"><title>Testisivu</title></head>
        <body><main><h1>Perhekeskus</h1><p id="laatikko" style="height: 1.5em; overflow: hidden; width: 10em">Tämä teksti ei mahdu kahdelle riville, kun välistys kasvaa.</p></main></body>
        </html>
        """;

    private const string HiddenFocus = """
        <!doctype html>
        <html lang="fi">
        <head><meta charset="utf-8"><title>Testisivu</title></head>
        <body><main><h1>Perhekeskus</h1><a id="linkki" href="#x" style="outline: none">Linkki</a></main></body>
        </html>
        """;

    [Fact]
    public async Task AssertTextSpacingDoesNotClip_FixedHeightBox_FailsNamingIt()
    {
        var (context, page) = await OpenAsync(Viewports.Desktop, ClippedBox);
        await using (context)
        {
            var failure = await Assert.ThrowsAnyAsync<XunitException>(() => LayoutAssertions.AssertTextSpacingDoesNotClipAsync(page));

            Assert.Contains("p#laatikko", failure.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AssertFocusVisible_OutlineNone_Fails()
    {
        var (context, page) = await OpenAsync(Viewports.Desktop, HiddenFocus);
        await using (context)
        {
            await page.Keyboard.PressAsync("Tab");

            var failure = await Assert.ThrowsAnyAsync<XunitException>(() => FocusAssertions.AssertFocusVisibleAsync(page));
            Assert.Contains("Focus indicator missing", failure.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task AssertNoViolations_AccessiblePage_Passes(string viewport)
    {
        var (context, page) = await OpenAsync(viewport, AccessiblePage);
        await using (context)
        {
            await AxeAssertions.AssertNoViolationsAsync(page);
            await LayoutAssertions.AssertNoHorizontalScrollAsync(page);
        }
    }

    [Fact]
    public async Task AssertNoViolations_ImageWithoutAlt_FailsWithReadableList()
    {
        var (context, page) = await OpenAsync(Viewports.Desktop, ImageWithoutAlt);
        await using (context)
        {
            var failure = await Assert.ThrowsAnyAsync<XunitException>(() => AxeAssertions.AssertNoViolationsAsync(page));

            Assert.Contains("image-alt [critical]", failure.Message, StringComparison.Ordinal);
            Assert.Contains("target: #kuva", failure.Message, StringComparison.Ordinal);
            Assert.Contains("html:   <img id=\"kuva\"", failure.Message, StringComparison.Ordinal);
            Assert.Contains("https://dequeuniversity.com/rules/axe/", failure.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AssertNoHorizontalScroll_WideElementAt320_FailsNamingIt()
    {
        var (context, page) = await OpenAsync(Viewports.Narrow, TooWide);
        await using (context)
        {
            var failure = await Assert.ThrowsAnyAsync<XunitException>(() => LayoutAssertions.AssertNoHorizontalScrollAsync(page));

            Assert.Contains("innerWidth 320 px", failure.Message, StringComparison.Ordinal);
            Assert.Contains("div#leveä.taulukko", failure.Message, StringComparison.Ordinal);
        }
    }

    private async Task<(IBrowserContext Context, IPage Page)> OpenAsync(string viewport, string html)
    {
        var context = await browser.NewContextAsync(site.BaseUrl, Viewports.Get(viewport));
        var page = await context.NewPageAsync();
        await page.SetContentAsync(html);
        return (context, page);
    }
}
