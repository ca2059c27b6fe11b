namespace SahkoinenPerhekeskus.BrowserTests.Hallinta;

/// <summary>
/// Every back-office page, signed in as a regional admin (who may open them all), at 1280 and 320 px: zero axe
/// violations (WCAG 2.0–2.2 A/AA) and no sideways scrolling. The sign-in pages are checked signed out.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BackOfficeAccessibilityTests(SiteFixture site, BrowserFixture browser) : IAsyncLifetime
{
    private readonly BackOfficeData _data = new(site);

    /// <summary>
    /// One URL per back-office page. Placeholders are filled per test: {service} is a published service of the
    /// test's own with a pending draft (versions 2 and 3 differ), {audit} its newest audit entry, {user} the admin.
    /// </summary>
    public static TheoryData<string> Pages =>
    [
        "/hallinta", "/hallinta/palvelut", "/hallinta/palvelut/uusi", "/hallinta/palvelut/{service}",
        "/hallinta/palvelut/{service}/esikatselu", "/hallinta/palvelut/{service}/versiot?a=2&b=3",
        "/hallinta/palvelut/{service}/ajastus", "/hallinta/palvelut/{service}/kuvat", "/hallinta/palvelut/{service}/poista",
        "/hallinta/kattavuus", "/hallinta/kaannokset", "/hallinta/virhe/404", "/hallinta/loki", "/hallinta/loki/{audit}", "/hallinta/sivut", "/hallinta/sivut/0",
        "/hallinta/sivut/{page}", "/hallinta/rakenne", "/hallinta/rakenne/palvelutyypit", "/hallinta/rakenne/palvelutyypit/1",
        "/hallinta/rakenne/termit", "/hallinta/rakenne/termit/{term}", "/hallinta/rakenne/kunnat",
        "/hallinta/rakenne/kunnat/{municipality}", "/hallinta/rakenne/synonyymit", "/hallinta/kayttajat",
        "/hallinta/kayttajat/{user}", "/hallinta/kayttajat/uusi", "/hallinta/tili/salasana", "/hallinta/tili/kaksivaihe",
    ];

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _data.DeleteCreatedServicesAsync();

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task BackOfficePage_AtDesktopAndNarrow_HasNoAxeViolationsAndNoSidewaysScroll(string path)
    {
        var email = await _data.AdminAsync();
        var url = await ResolveAsync(path, email);
        await using var context = await browser.NewContextAsync(site.BaseUrl, Viewports.Get(Viewports.Desktop));
        var page = await context.NewPageAsync();
        await BackOfficeData.SignInAsync(page, email);

        var response = await page.GotoAsync(url);

        Assert.Equal(path.StartsWith("/hallinta/virhe/", StringComparison.Ordinal) ? 404 : 200, response!.Status);
        // The coverage matrix is the one page allowed to scroll sideways: a wide table in its own focusable,
        // scrollable region (the WCAG 1.4.10 exception for data tables).
        await AssertAccessibleAtBothWidthsAsync(page, scrolls: path == "/hallinta/kattavuus");
    }

    [Fact]
    public async Task SignInPages_PasswordAndCodeSteps_HaveNoAxeViolationsAtBothWidths()
    {
        var email = await _data.TwoFactorUserAsync();
        await using var context = await browser.NewContextAsync(site.BaseUrl, Viewports.Get(Viewports.Desktop));
        var page = await context.NewPageAsync();

        await page.GotoAsync("/hallinta/kirjaudu");
        await AssertAccessibleAtBothWidthsAsync(page, scrolls: false);

        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", BackOfficeData.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/hallinta/kirjaudu/kaksivaihe*");
        await AssertAccessibleAtBothWidthsAsync(page, scrolls: false);
    }

    /// <summary>
    /// axe and the scroll check at 1280 px, then at 320 px on the same page: the layout answers to the width through
    /// CSS alone, so resizing needs no reload (and no second sign-in).
    /// </summary>
    private static async Task AssertAccessibleAtBothWidthsAsync(IPage page, bool scrolls)
    {
        foreach (var viewport in new[] { Viewports.Desktop, Viewports.Narrow })
        {
            var size = Viewports.Get(viewport);
            await page.SetViewportSizeAsync(size.Width, size.Height);
            await AxeAssertions.AssertNoViolationsAsync(page);
            if (!scrolls)
            {
                await LayoutAssertions.AssertNoHorizontalScrollAsync(page);
            }
        }
    }

    /// <summary>Fills the placeholders of <paramref name="path"/>; only pages that show a service get one made.</summary>
    private async Task<string> ResolveAsync(string path, string email)
    {
        if (path.Contains("{service}", StringComparison.Ordinal) || path.Contains("{audit}", StringComparison.Ordinal))
        {
            var service = await _data.CreateServiceAsync(publish: true, pendingDraft: true);
            var key = service.Id.ToString(CultureInfo.InvariantCulture);
            var audit = await _data.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == "service")
                .OrderByDescending(a => a.Id).Select(a => a.Id).FirstAsync());
            path = path.Replace("{service}", key, StringComparison.Ordinal)
                .Replace("{audit}", audit.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        if (path.Contains("{user}", StringComparison.Ordinal))
        {
            path = path.Replace("{user}", await _data.UserIdAsync(email), StringComparison.Ordinal);
        }

        var id = path switch
        {
            _ when path.Contains("{page}", StringComparison.Ordinal) => await _data.QueryAsync(db => db.Pages.MinAsync(p => p.Id)),
            _ when path.Contains("{term}", StringComparison.Ordinal) => await _data.QueryAsync(db => db.TaxonomyTerms.MinAsync(t => t.Id)),
            _ when path.Contains("{municipality}", StringComparison.Ordinal) =>
                await _data.QueryAsync(db => db.Municipalities.Where(m => m.Code == "167").Select(m => m.Id).SingleAsync()),
            _ => 0,
        };
        foreach (var name in new[] { "{page}", "{term}", "{municipality}" })
        {
            path = path.Replace(name, id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return path;
    }
}
