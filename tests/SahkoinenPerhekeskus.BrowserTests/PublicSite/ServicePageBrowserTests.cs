using System.Text.Json;

namespace SahkoinenPerhekeskus.BrowserTests.PublicSite;

/// <summary>The service page in Chromium: the JSON-LD data block under the CSP, and the printed page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ServicePageBrowserTests(SiteFixture site, BrowserFixture browser)
{
    private const string CollectViolations = """
        window.__csp = [];
        document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
        """;

    [Fact]
    public async Task JsonLdDataBlock_CausesNoCspViolation_WhileInlineScriptIsBlocked()
    {
        await using var context = await browser.NewContextAsync(site.BaseUrl, Viewports.Get(Viewports.Desktop));
        await context.AddInitScriptAsync(CollectViolations);
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) => console.Add(message.Text);

        var response = await page.GotoAsync("/palvelut/lieksa-lastenneuvola");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Contains("script-src 'self'", response!.Headers["content-security-policy"], StringComparison.Ordinal);
        var json = await page.EvaluateAsync<string>("() => document.querySelector('script[type=\"application/ld+json\"]').textContent");
        using (var doc = JsonDocument.Parse(json))
        {
            Assert.Equal("Lieksan lastenneuvola", doc.RootElement.GetProperty("mainEntity").GetProperty("name").GetString());
        }

        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.__csp"));
        Assert.DoesNotContain(console, m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));

        // Control: the same page does block a real inline script, so the listener above would have seen one.
        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.__ran = true'; document.head.appendChild(s); }");
        await page.WaitForFunctionAsync("() => window.__csp.length > 0");
        Assert.False(await page.EvaluateAsync<bool>("() => window.__ran === true"));
        Assert.Contains("script-src", (await page.EvaluateAsync<string[]>("() => window.__csp"))[0], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]
    public async Task Print_HidesNavigationAndSearch_KeepsContactsAndUrgentNumbers(string viewport)
    {
        await using var context = await browser.NewContextAsync(site.BaseUrl, Viewports.Get(viewport));
        var page = await context.NewPageAsync();
        await page.GotoAsync("/palvelut/lieksa-lastenneuvola");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        foreach (var hidden in new[] { ".skip-link", ".site-nav", ".site-header__search", ".site-header__tools", ".site-footer__bottom", ".breadcrumbs" })
        {
            Assert.False(await page.Locator(hidden).First.IsVisibleAsync(), hidden + " should not print");
        }

        Assert.True(await page.Locator("h1").IsVisibleAsync());
        Assert.True(await page.Locator(".channels a[href^='tel:']").First.IsVisibleAsync());
        var urgent = page.Locator("#kiireellinen-apu");
        Assert.True(await urgent.IsVisibleAsync());
        Assert.Contains("112", await urgent.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("116 117", (await urgent.InnerTextAsync()).Replace("116117", "116 117", StringComparison.Ordinal), StringComparison.Ordinal);
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = false });
        Assert.True(pdf.Length > 1000);
    }
}
