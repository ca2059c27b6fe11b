namespace SahkoinenPerhekeskus.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SmokeTests(SiteFixture site, BrowserFixture browser)
{
    [Fact]
    public async Task ChromiumLaunches()
    {
        await using var context = await browser.NewContextAsync(site.BaseUrl, Viewports.Get(Viewports.Desktop));
        var page = await context.NewPageAsync();

        await page.SetContentAsync("<!doctype html><html lang=\"fi\"><title>Testi</title><p id=\"p\">Hei</p></html>");

        Assert.True(browser.Browser.IsConnected);
        Assert.False(string.IsNullOrEmpty(browser.Browser.Version));
        Assert.Equal("Hei", await page.InnerTextAsync("#p"));
        Assert.Equal("fi-FI", await page.EvaluateAsync<string>("() => navigator.language"));
    }

    [Fact]
    public async Task Healthz_InChromium_ReportsOk()
    {
        await using var context = await browser.NewContextAsync(site.BaseUrl, Viewports.Get(Viewports.Desktop));
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync("/healthz");

        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        Assert.StartsWith(site.BaseUrl.ToString(), page.Url, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"ok\"", await page.InnerTextAsync("body"), StringComparison.Ordinal);
    }
}
