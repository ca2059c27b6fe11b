using SahkoinenPerhekeskus.Core.Catalogue;

namespace SahkoinenPerhekeskus.BrowserTests.Hallinta;

/// <summary>
/// An editor's week in the browser, by keyboard only and with focus visible at every Tab stop: sign in, open a
/// service, edit it, preview it, publish it, and find the change on the public page and in search at once.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BackOfficeJourneyTests(SiteFixture site, BrowserFixture browser) : IAsyncLifetime
{
    // The editor form has a few hundred Tab stops (every need, age group and language is a checkbox).
    private const int MaxTabs = 400;

    private readonly BackOfficeData _data = new(site);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _data.DeleteCreatedServicesAsync();

    [Fact]
    public async Task Editor_EditsPreviewsAndPublishesByKeyboard_ChangeIsOnPublicPageAndInSearchAtOnce()
    {
        var email = await _data.EditorAsync();
        var service = await _data.CreateServiceAsync(publish: true);
        var word = UniqueWord();
        await using var context = await NewKeyboardContextAsync();
        var page = await context.NewPageAsync();

        // Sign in: the back office sends an anonymous visitor to its login page and back.
        await page.GotoAsync("/hallinta");
        Assert.EndsWith("/hallinta/kirjaudu?ReturnUrl=%2Fhallinta", page.Url, StringComparison.Ordinal);
        await TabToAsync(page, f => f.Id == "Email", "the email field");
        await page.Keyboard.TypeAsync(email);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Password", (await FocusAssertions.AssertFocusVisibleAsync(page)).Id);
        await page.Keyboard.TypeAsync(BackOfficeData.Password);
        await PressAndWaitAsync(page, "Enter", "**/hallinta");

        // Dashboard → service list → the service.
        await TabToAsync(page, f => f.Href == "/hallinta/palvelut", "the navigation's Palvelut link");
        await PressAndWaitAsync(page, "Enter", "**/hallinta/palvelut");
        await TabToAsync(page, f => f.Href == $"/hallinta/palvelut/{service.Id}", "the service in the list");
        await PressAndWaitAsync(page, "Enter", $"**/hallinta/palvelut/{service.Id}");

        // Edit the Finnish summary and save a draft: the public page keeps its published text.
        await TabToAsync(page, f => f.Id == "Form_Summary_Fi", "the Finnish summary");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync($"Uutta tänä syksynä: {word} tarjoaa iltavastaanoton.");
        await TabToAsync(page, f => f.Tag == "button" && f.Text == "Tallenna luonnos", "Tallenna luonnos");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync(".notice--success");
        Assert.DoesNotContain(word, await _data.PublicPageAsync(service.Slug), StringComparison.Ordinal);

        // Preview shows the draft as the public page would, then leads back to the editor.
        await TabToAsync(page, f => f.Href == $"/hallinta/palvelut/{service.Id}/esikatselu", "the preview link");
        await PressAndWaitAsync(page, "Enter", "**/esikatselu");
        Assert.Contains(word, await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await TabToAsync(page, f => f.Href == $"/hallinta/palvelut/{service.Id}", "the link back to the editor");
        await PressAndWaitAsync(page, "Enter", $"**/hallinta/palvelut/{service.Id}");

        // Publish.
        await TabToAsync(page, f => f.Tag == "button" && f.Text == "Tallenna ja julkaise", "Tallenna ja julkaise");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync(".notice--success");
        Assert.Contains("Julkaistu", await page.InnerTextAsync(".notice--success"), StringComparison.Ordinal);

        // The editor's link to the public page shows the new text at once…
        await TabToAsync(page, f => f.Href == "/palvelut/" + service.Slug, "the public page link");
        await PressAndWaitAsync(page, "Enter", "**/palvelut/" + service.Slug);
        Assert.Contains(word, await page.InnerTextAsync("main"), StringComparison.Ordinal);

        // …and the public search finds the service by the new word at once.
        await TabToAsync(page, f => f.Id == "header-search", "the header search box");
        await page.Keyboard.TypeAsync(word);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/haku\?q="));
        Assert.Equal(1, await page.Locator($".search-results a[href='/palvelut/{service.Slug}']").CountAsync());
    }

    [Fact]
    public async Task Editor_AddsChannelThenSavesDraft_NewChannelAndOtherEditsAreSaved()
    {
        var email = await _data.EditorAsync();
        var service = await _data.CreateServiceAsync(publish: true);
        var word = UniqueWord();
        await using var context = await browser.NewContextAsync(site.BaseUrl, Viewports.Get(Viewports.Desktop));
        var page = await context.NewPageAsync();
        await BackOfficeData.SignInAsync(page, email);
        await page.GotoAsync($"/hallinta/palvelut/{service.Id}");
        var channels = await page.Locator("[id^='Form_Channels_'][id$='__Kind']").CountAsync();

        // An edit made before adding the channel row must survive the round trip…
        await page.FillAsync("#Form_Summary_Fi", $"Uusi iltavastaanotto: {word}.");
        await page.ClickAsync("button:text('Lisää yhteystapa')");
        await page.WaitForSelectorAsync($"#Form_Channels_{channels}__Kind");
        Assert.Equal($"Uusi iltavastaanotto: {word}.", await page.InputValueAsync("#Form_Summary_Fi"));

        // …and "Tallenna luonnos" then saves, instead of adding yet another empty row.
        await page.SelectOptionAsync($"#Form_Channels_{channels}__Kind", "Phone");
        await page.FillAsync($"#Form_Channels_{channels}__Value", "013 330 1234");
        await page.ClickAsync("button:text('Tallenna luonnos')");
        await page.WaitForSelectorAsync(".notice--success");

        Assert.EndsWith($"/hallinta/palvelut/{service.Id}", page.Url, StringComparison.Ordinal);
        Assert.Equal(channels + 1, await page.Locator("[id^='Form_Channels_'][id$='__Kind']").CountAsync());
        var draft = await _data.QueryAsync(db => db.ServiceVersions.Where(v => v.ServiceId == service.Id).OrderByDescending(v => v.Number).Select(v => v.Snapshot).FirstAsync());
        var snapshot = ServiceSnapshot.FromJson(draft);
        Assert.Contains(word, snapshot.Summary.Fi, StringComparison.Ordinal);
        Assert.Contains(snapshot.Channels, c => c.Kind == ChannelKind.Phone && c.Value == "013 330 1234");
        Assert.Equal(channels + 1, snapshot.Channels.Count);
    }

    [Fact]
    public async Task EditorForm_WithErrors_FocusesTheErrorSummaryThatLinksToTheFields()
    {
        var email = await _data.EditorAsync();
        var service = await _data.CreateServiceAsync(publish: false);
        await using var context = await browser.NewContextAsync(site.BaseUrl, Viewports.Get(Viewports.Desktop));
        var page = await context.NewPageAsync();
        await BackOfficeData.SignInAsync(page, email);
        await page.GotoAsync($"/hallinta/palvelut/{service.Id}");

        await page.SelectOptionAsync("#Form_Channels_0__Kind", "Phone");
        await page.FillAsync("#Form_Channels_0__Value", "soita meille");
        await page.FillAsync("#Form_Name_Fi", "");
        await page.ClickAsync("button:text('Tallenna luonnos')");

        await page.WaitForSelectorAsync("[data-error-summary]");
        Assert.Equal("true", await page.EvaluateAsync<string>("String(document.activeElement.hasAttribute('data-error-summary'))"));
        var summary = await page.InnerTextAsync("[data-error-summary]");
        Assert.Contains("ei ole puhelinnumero", summary, StringComparison.Ordinal);
        Assert.Contains("Nimi (suomi): tieto puuttuu.", summary, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("[data-error-summary] a[href='#Form_Name_Fi']").CountAsync());
        Assert.Equal(1, await page.Locator("[data-error-summary] a[href='#Form_Channels_0__Value']").CountAsync());
        await AxeAssertions.AssertNoViolationsAsync(page);
    }

    /// <summary>
    /// A context for keyboard journeys. Reduced motion turns off the site's smooth scrolling, so the focus check
    /// does not wait for a scroll animation at each of the form's many Tab stops.
    /// </summary>
    private Task<IBrowserContext> NewKeyboardContextAsync() => browser.NewContextAsync(
        site.BaseUrl, Viewports.Get(Viewports.Desktop), new BrowserNewContextOptions { ReducedMotion = ReducedMotion.Reduce });

    private static Task<FocusAssertions.FocusedElement> TabToAsync(IPage page, Func<FocusAssertions.FocusedElement, bool> isTarget, string description) =>
        FocusAssertions.TabUntilAsync(page, isTarget, description, MaxTabs);

    private static async Task PressAndWaitAsync(IPage page, string key, string url)
    {
        await page.Keyboard.PressAsync(key);
        await page.WaitForURLAsync(url, new PageWaitForURLOptions { Timeout = 15_000 });
    }

    /// <summary>A word that occurs nowhere else, letters only so every analyser keeps it as one token.</summary>
    private static string UniqueWord() =>
        "Kuukkeli" + string.Concat(Guid.NewGuid().ToByteArray().Take(6).Select(b => (char)('a' + (b % 26))));
}
