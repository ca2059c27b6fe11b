using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SahkoinenPerhekeskus.BrowserTests.Infrastructure;
using SahkoinenPerhekeskus.Core.Accounts;
using SahkoinenPerhekeskus.Core.Common;
using SahkoinenPerhekeskus.Core.Data;
using SahkoinenPerhekeskus.Search;

namespace SahkoinenPerhekeskus.BrowserTests.Hallinta;

/// <summary>
/// An editor's week in the browser, by keyboard only: sign in, open a service, edit it, preview it, publish it,
/// and find the change on the public page and in search at once. Every back-office page passes axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BackOfficeJourneyTests(SiteFixture site, BrowserFixture browser)
{
    private const string Password = "selaintesti on pitkä ja harvinainen";

    [Fact]
    public async Task Editor_EditsPreviewsAndPublishes_ByKeyboard_AndTheChangeIsPublicAndSearchable()
    {
        var email = await EnsureUserAsync("selain.kunta@test.example", EditorRoles.MunicipalityEditor, ["167"]);
        var (id, slug) = await JoensuuServiceAsync();
        var word = "Kuukkeli" + Guid.NewGuid().ToString("N")[..6].Replace('0', 'x');
        await using var context = await browser.NewContextAsync(site.BaseUrl, Viewports.Get(Viewports.Desktop));
        var page = await context.NewPageAsync();

        await page.GotoAsync("/hallinta");
        Assert.EndsWith("/hallinta/kirjaudu?ReturnUrl=%2Fhallinta", page.Url, StringComparison.Ordinal);
        await AxeAssertions.AssertNoViolationsAsync(page);
        await TabToAsync(page, "#Email");
        await page.Keyboard.TypeAsync(email);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/hallinta");
        await AxeAssertions.AssertNoViolationsAsync(page);

        await TabToAsync(page, "a[href='/hallinta/palvelut']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/hallinta/palvelut");
        await AxeAssertions.AssertNoViolationsAsync(page);
        await TabToAsync(page, $"a[href='/hallinta/palvelut/{id}']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync($"**/hallinta/palvelut/{id}");
        await AxeAssertions.AssertNoViolationsAsync(page);

        await TabToAsync(page, "#Form_Summary_Fi");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync($"Uutta tänä syksynä: {word} tarjoaa iltavastaanoton.");
        await TabToAsync(page, "button.btn--secondary:text('Tallenna luonnos')");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync(".notice--success");
        Assert.DoesNotContain(word, await PublicPageAsync(slug), StringComparison.Ordinal);

        await TabToAsync(page, $"a[href='/hallinta/palvelut/{id}/esikatselu']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/esikatselu");
        Assert.Contains(word, await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await AxeAssertions.AssertNoViolationsAsync(page);
        await TabToAsync(page, $".preview-banner a[href='/hallinta/palvelut/{id}']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync($"**/hallinta/palvelut/{id}");

        await TabToAsync(page, "button:text('Tallenna ja julkaise')");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync(".notice--success");
        Assert.Contains("Julkaistu", await page.InnerTextAsync(".notice--success"), StringComparison.Ordinal);

        Assert.Contains(word, await PublicPageAsync(slug), StringComparison.Ordinal);
        var publicId = await WithDbAsync(db => db.Services.Where(s => s.Id == id).Select(s => s.PublicId).SingleAsync());
        var hits = site.Services.GetRequiredService<IServiceIndex>().Search(new SearchQuery { Text = word }).Items;
        Assert.Contains(hits, h => h.Id == publicId);
    }

    public static TheoryData<string> AdminPages =>
    [
        "/hallinta", "/hallinta/palvelut", "/hallinta/palvelut/uusi", "/hallinta/palvelut/{id}", "/hallinta/palvelut/{id}/versiot?a=1&b=2",
        "/hallinta/palvelut/{id}/ajastus", "/hallinta/palvelut/{id}/kuvat", "/hallinta/palvelut/{id}/poista", "/hallinta/kattavuus", "/hallinta/loki",
        "/hallinta/sivut", "/hallinta/sivut/0", "/hallinta/rakenne", "/hallinta/rakenne/palvelutyypit", "/hallinta/rakenne/palvelutyypit/1",
        "/hallinta/rakenne/termit", "/hallinta/rakenne/kunnat", "/hallinta/rakenne/synonyymit", "/hallinta/kayttajat", "/hallinta/kayttajat/uusi",
        "/hallinta/tili/salasana", "/hallinta/tili/kaksivaihe",
    ];

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task BackOfficePage_HasNoAxeViolations_AtDesktopAndNarrow(string path)
    {
        var email = await EnsureUserAsync("selain.admin@test.example", EditorRoles.RegionalAdmin, []);
        var (id, _) = await JoensuuServiceAsync();
        await EnsureTwoVersionsAsync(id);
        foreach (var viewport in new[] { Viewports.Desktop, Viewports.Narrow })
        {
            await using var context = await browser.NewContextAsync(site.BaseUrl, Viewports.Get(viewport));
            var page = await context.NewPageAsync();
            await SignInAsync(page, email);

            var response = await page.GotoAsync(path.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

            Assert.Equal(200, response!.Status);
            await AxeAssertions.AssertNoViolationsAsync(page);
            if (path != "/hallinta/kattavuus")
            {
                // The coverage matrix is a wide table in its own scrollable, focusable region (WCAG 1.4.10 exception for tables).
                await LayoutAssertions.AssertNoHorizontalScrollAsync(page);
            }
        }
    }

    [Fact]
    public async Task EditorForm_WithErrors_FocusesTheErrorSummary_AndPassesAxe()
    {
        var email = await EnsureUserAsync("selain.kunta@test.example", EditorRoles.MunicipalityEditor, ["167"]);
        var (id, _) = await JoensuuServiceAsync();
        await using var context = await browser.NewContextAsync(site.BaseUrl, Viewports.Get(Viewports.Desktop));
        var page = await context.NewPageAsync();
        await SignInAsync(page, email);
        await page.GotoAsync($"/hallinta/palvelut/{id}");

        await page.SelectOptionAsync("#Form_Channels_0__Kind", "Phone");
        await page.FillAsync("#Form_Channels_0__Value", "soita meille");
        await page.FillAsync("#Form_Name_Fi", "");
        await page.ClickAsync("button:text('Tallenna luonnos')");

        await page.WaitForSelectorAsync("[data-error-summary]");
        Assert.Equal("true", await page.EvaluateAsync<string>("String(document.activeElement.hasAttribute('data-error-summary'))"));
        var summary = await page.InnerTextAsync("[data-error-summary]");
        Assert.Contains("ei ole puhelinnumero", summary, StringComparison.Ordinal);
        Assert.Contains("Nimi (suomi): tieto puuttuu.", summary, StringComparison.Ordinal);
        await AxeAssertions.AssertNoViolationsAsync(page);
    }

    /// <summary>Writes the screenshots of the closing note when PERHEKESKUS_SCREENSHOTS names a folder.</summary>
    [Fact]
    public async Task Screenshots_ForTheDocs()
    {
        var folder = Environment.GetEnvironmentVariable("PERHEKESKUS_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        var email = await EnsureUserAsync("selain.admin@test.example", EditorRoles.RegionalAdmin, []);
        var (id, _) = await JoensuuServiceAsync();
        await EnsureTwoVersionsAsync(id);
        await using var context = await browser.NewContextAsync(site.BaseUrl, Viewports.Get(Viewports.Desktop));
        var page = await context.NewPageAsync();
        await SignInAsync(page, email);
        Directory.CreateDirectory(folder);
        foreach (var (path, file) in new[] { ($"/hallinta/palvelut/{id}", "service-editor.png"), ($"/hallinta/palvelut/{id}/versiot?a=1&b=2", "version-diff.png"), ("/hallinta/kattavuus", "coverage-matrix.png") })
        {
            await page.GotoAsync(path);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, file), FullPage = file != "service-editor.png" });
        }
    }

    private static async Task TabToAsync(IPage page, string selector, int maxTabs = 400)
    {
        var target = await page.QuerySelectorAsync(selector) ?? throw new InvalidOperationException("No element " + selector);
        for (var i = 0; i < maxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }
        }

        Assert.Fail($"{selector} was not reached with {maxTabs} presses of Tab.");
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/hallinta/kirjaudu");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/hallinta");
    }

    private async Task<string> PublicPageAsync(string slug)
    {
        using var client = site.CreateClient();
        return await client.GetStringAsync("/palvelut/" + slug);
    }

    private async Task<string> EnsureUserAsync(string email, string role, string[] municipalities)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<EditorUser>>();
        if (await users.FindByEmailAsync(email) is null)
        {
            var result = await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(new NewAccount(email, role, municipalities, null, Password), CancellationToken.None);
            Assert.True(result.Succeeded);
        }

        return email;
    }

    /// <summary>A published Joensuu service of the city itself that the public-site tests do not look at.</summary>
    private Task<(int Id, string Slug)> JoensuuServiceAsync() => WithDbAsync(async db =>
    {
        var s = await db.Services.Where(s => s.Status == PublicationStatus.Published && s.Organisation!.Code == "kunta-167"
                && s.Coverage == Core.Catalogue.ServiceCoverage.Local && s.Municipalities.All(m => m.Code == "167"))
            .OrderBy(s => s.Slug).Select(s => new { s.Id, s.Slug }).FirstAsync();
        return (s.Id, s.Slug);
    });

    private async Task EnsureTwoVersionsAsync(int id)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerhekeskusDbContext>();
        if (await db.ServiceVersions.CountAsync(v => v.ServiceId == id) >= 2)
        {
            return;
        }

        var editor = scope.ServiceProvider.GetRequiredService<Core.Editorial.ServiceEditor>();
        var service = (await editor.FindAsync(id, CancellationToken.None))!;
        var snapshot = await editor.WorkingCopyAsync(service, CancellationToken.None);
        await editor.SaveDraftAsync(service, snapshot, Core.Editorial.Actor.System, CancellationToken.None);
        snapshot.Summary = new LocalizedText(snapshot.Summary.Fi + " Iltavastaanotto torstaisin.", snapshot.Summary.Sv, "Evening clinic on Thursdays.");
        snapshot.Channels[0].Name = new LocalizedText("Ajanvaraus", "Tidsbokning", "Appointments");
        await editor.SaveDraftAsync(service, snapshot, Core.Editorial.Actor.System, CancellationToken.None);
    }

    private async Task<T> WithDbAsync<T>(Func<PerhekeskusDbContext, Task<T>> action)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<PerhekeskusDbContext>());
    }
}
