using Microsoft.AspNetCore.Identity;
using SahkoinenPerhekeskus.Core.Accounts;
using SahkoinenPerhekeskus.Core.Catalogue;

namespace SahkoinenPerhekeskus.BrowserTests.Hallinta;

/// <summary>A service created for one test: its row id, public slug and public id.</summary>
public sealed record TestService(int Id, string Slug, string PublicId);

/// <summary>
/// Accounts, sign-in and services for the back-office browser tests. The site is shared with the public-site tests,
/// so every test works on services of its own (copies of a Joensuu city service, an area no public test looks at)
/// and deletes them when it ends: nothing the public tests check changes, and no test relies on what another left.
/// </summary>
public sealed class BackOfficeData(SiteFixture site)
{
    public const string Password = "selaintesti on pitkä ja harvinainen";
    public const string EditorEmail = "selain.kunta@test.example";
    public const string AdminEmail = "selain.admin@test.example";
    public const string TwoFactorEmail = "selain.kaksivaihe@test.example";

    private readonly List<int> _created = [];

    /// <summary>A municipality editor for Joensuu (167).</summary>
    public Task<string> EditorAsync() => EnsureUserAsync(EditorEmail, EditorRoles.MunicipalityEditor, ["167"]);

    /// <summary>A regional admin, who may open every back-office page.</summary>
    public Task<string> AdminAsync() => EnsureUserAsync(AdminEmail, EditorRoles.RegionalAdmin, []);

    /// <summary>A Joensuu editor with an authenticator app enrolled, so the password step leads to the code step.</summary>
    public async Task<string> TwoFactorUserAsync()
    {
        var email = await EnsureUserAsync(TwoFactorEmail, EditorRoles.MunicipalityEditor, ["167"]);
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        if (!user.TwoFactorEnabled)
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        return email;
    }

    /// <summary>The Identity user id of <paramref name="email"/>.</summary>
    public async Task<string> UserIdAsync(string email)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>().FindByEmailAsync(email))!.Id;
    }

    /// <summary>
    /// A copy of a published Joensuu city service, saved by the editor service: a first draft, then (if asked)
    /// published, then (if asked) a pending draft with a new summary sentence and a renamed channel, so the versions
    /// page has a real diff between the published version and the draft.
    /// </summary>
    public async Task<TestService> CreateServiceAsync(bool publish, bool pendingDraft = false)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerhekeskusDbContext>();
        var editor = scope.ServiceProvider.GetRequiredService<ServiceEditor>();
        var sourceId = await db.Services
            .Where(s => s.Status == PublicationStatus.Published && s.Source != EntrySource.Editor && s.Organisation!.Code == "kunta-167"
                && s.Coverage == ServiceCoverage.Local && s.Municipalities.All(m => m.Code == "167"))
            .OrderBy(s => s.Slug).Select(s => s.Id).FirstAsync();
        var snapshot = ServiceSnapshot.From((await editor.FindAsync(sourceId, CancellationToken.None))!);

        var service = await editor.CreateAsync(snapshot, Actor.System, CancellationToken.None);
        _created.Add(service.Id);
        if (publish)
        {
            await editor.PublishAsync(service, Actor.System, CancellationToken.None);
        }

        if (pendingDraft)
        {
            snapshot.Summary = new LocalizedText(snapshot.Summary.Fi + " Iltavastaanotto torstaisin.", snapshot.Summary.Sv, "Evening clinic on Thursdays.");
            snapshot.Channels[0].Name = new LocalizedText("Ajanvaraus", "Tidsbokning", "Appointments");
            await editor.SaveDraftAsync(service, snapshot, Actor.System, CancellationToken.None);
        }

        return new TestService(service.Id, service.Slug, service.PublicId);
    }

    /// <summary>Deletes the services this test created, which also takes them out of the search index.</summary>
    public async Task DeleteCreatedServicesAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<ServiceEditor>();
        foreach (var id in _created)
        {
            if (await editor.FindAsync(id, CancellationToken.None) is { } service)
            {
                await editor.DeleteAsync(service, Actor.System, CancellationToken.None);
            }
        }

        _created.Clear();
    }

    /// <summary>Runs a query on the site's database.</summary>
    public async Task<T> QueryAsync<T>(Func<PerhekeskusDbContext, Task<T>> query)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PerhekeskusDbContext>());
    }

    /// <summary>Signs in with the mouse-free shortcut of filling the form; the keyboard journey signs in by keyboard itself.</summary>
    public static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/hallinta/kirjaudu");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/hallinta", Landed);
    }

    /// <summary>
    /// How a sign-in waits for its landing page: its DOM, not its load event. The first sign-in of a run meets a
    /// cold site on a busy two-core machine, where waiting for every image of the dashboard once ran past 30 s
    /// (the URL had matched; the load event had not fired). The steps that follow wait for what they use.
    /// </summary>
    public static readonly PageWaitForURLOptions Landed = new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 60_000 };

    /// <summary>The HTML of a public service page, fetched outside the browser so the journey's tab keeps its place.</summary>
    public async Task<string> PublicPageAsync(string slug)
    {
        using var client = site.CreateClient();
        return await client.GetStringAsync("/palvelut/" + slug);
    }

    private async Task<string> EnsureUserAsync(string email, string role, string[] municipalities)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>();
        if (await users.FindByEmailAsync(email) is null)
        {
            var result = await scope.ServiceProvider.GetRequiredService<AccountService>()
                .CreateAsync(new NewAccount(email, role, municipalities, null, Password), CancellationToken.None);
            Assert.True(result.Succeeded);
        }

        return email;
    }
}
