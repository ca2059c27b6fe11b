namespace SahkoinenPerhekeskus.BrowserTests.PublicSite;

/// <summary>
/// Full-page screenshots of the front page, a results page and a service page at 1280 and 320 px, and the service
/// page as printed ("-tuloste", print media). They go to
/// <c>TestResults/screenshots/</c>, or to the folder in <c>PERHEKESKUS_SCREENSHOTS</c> (docs/screenshots/ is made with
/// <c>PERHEKESKUS_SCREENSHOTS=$PWD/docs/screenshots dotnet test … --filter ScreenshotTests</c>).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(SiteFixture site, BrowserFixture browser)
{
    public static TheoryData<string, string, string> Shots => new()
    {
        { "etusivu", "/", Viewports.Desktop },
        { "etusivu", "/", Viewports.Narrow },
        { "hakutulokset", "/haku?q=neuvola&kunta=lieksa", Viewports.Desktop },
        { "hakutulokset", "/haku?q=neuvola&kunta=lieksa", Viewports.Narrow },
        { "palvelu", "/palvelut/lieksa-lastenneuvola", Viewports.Desktop },
        { "palvelu", "/palvelut/lieksa-lastenneuvola", Viewports.Narrow },
        { "palvelu-tuloste", "/palvelut/lieksa-lastenneuvola", Viewports.Desktop },
    };

    [Theory]
    [MemberData(nameof(Shots))]
    public async Task Screenshot_IsTaken(string name, string path, string viewport)
    {
        await using var context = await browser.NewContextAsync(site.BaseUrl, Viewports.Get(viewport));
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (name.EndsWith("-tuloste", StringComparison.Ordinal))
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        }

        var folder = Environment.GetEnvironmentVariable("PERHEKESKUS_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{name}-{Viewports.Get(viewport).Width}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });

        Assert.True(new FileInfo(file).Length > 10_000);
    }
}
