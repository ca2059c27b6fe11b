namespace SahkoinenPerhekeskus.BrowserTests.Hallinta;

/// <summary>
/// The back office's screenshots for the docs (service editor, version diff, coverage matrix). Without
/// PERHEKESKUS_SCREENSHOTS they go to TestResults/screenshots/, so the test still proves each page renders.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BackOfficeScreenshotTests(SiteFixture site, BrowserFixture browser) : IAsyncLifetime
{
    private readonly BackOfficeData _data = new(site);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _data.DeleteCreatedServicesAsync();

    [Fact]
    public async Task Screenshots_EditorDiffAndCoverage_ShowTheirContent()
    {
        var folder = Environment.GetEnvironmentVariable("PERHEKESKUS_SCREENSHOTS") is { Length: > 0 } dir
            ? dir
            : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var email = await _data.AdminAsync();
        await using var context = await browser.NewContextAsync(site.BaseUrl, Viewports.Get(Viewports.Desktop));
        var page = await context.NewPageAsync();
        await BackOfficeData.SignInAsync(page, email);

        // The matrix first, before this test's own service adds a second entry to a Joensuu cell.
        await ShootAsync(page, "/hallinta/kattavuus", ".coverage-table", Path.Combine(folder, "coverage-matrix.png"), fullPage: true);
        var service = await _data.CreateServiceAsync(publish: true, pendingDraft: true);
        await ShootAsync(page, $"/hallinta/palvelut/{service.Id}", "#Form_Summary_Fi", Path.Combine(folder, "service-editor.png"), fullPage: false);
        await ShootAsync(page, $"/hallinta/palvelut/{service.Id}/versiot?a=2&b=3", ".diff-table", Path.Combine(folder, "version-diff.png"), fullPage: true);

        // The diff between the published version (2) and the draft (3) shows what the draft changed.
        Assert.Contains("Iltavastaanotto torstaisin.", await page.InnerTextAsync(".diff-table"), StringComparison.Ordinal);
    }

    /// <summary>Opens <paramref name="path"/>, checks it is the page (not the login page or an error) and saves a PNG.</summary>
    private static async Task ShootAsync(IPage page, string path, string mustShow, string file, bool fullPage)
    {
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        Assert.True(await page.Locator(mustShow).IsVisibleAsync(), $"{mustShow} is not visible on {page.Url}");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = fullPage });
        Assert.True(new FileInfo(file).Length > 10_000, $"{file} is suspiciously small.");
    }
}
