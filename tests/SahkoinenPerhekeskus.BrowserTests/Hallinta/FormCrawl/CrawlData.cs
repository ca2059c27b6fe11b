using Microsoft.AspNetCore.Identity;
using SahkoinenPerhekeskus.Core.Accounts;
using SahkoinenPerhekeskus.Core.Catalogue;
using SahkoinenPerhekeskus.Web.Areas.Hallinta.Images;

namespace SahkoinenPerhekeskus.BrowserTests.Hallinta.FormCrawl;

/// <summary>
/// The crawl's accounts and throwaway fixtures. Every press that changes a service gets a fresh copy of a published
/// service in the role's scope (published, with a pending draft, an old review-by date and a scheduled unpublish and an image, so
/// that every button of the editor shows); user pages get a fresh locked account. All of it is deleted at the end.
/// </summary>
public sealed class CrawlData(SiteFixture site)
{
    public const string Password = "lomakekierros on pitkä ja harvinainen";

    /// <summary>Names given to services the crawl creates through the "new service" form, so they can be removed.</summary>
    public const string CreatedNamePrefix = "Lomakekierroksen palvelu";

    /// <summary>Codes and slugs of pages, service types and terms the crawl creates through the "new" forms.</summary>
    public const string CreatedCodePrefix = "kierros";

    public static readonly DateOnly OldReviewBy = new(2024, 1, 31);

    private readonly List<int> _services = [];
    private readonly List<string> _users = [];

    public async Task<string> EnsureAccountAsync(CrawlRole role)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>();
        var user = await users.FindByEmailAsync(role.Email);
        if (user is null)
        {
            var result = await scope.ServiceProvider.GetRequiredService<AccountService>()
                .CreateAsync(new NewAccount(role.Email, role.Role, role.Municipalities, role.Organisation, Password, "Lomakekierros", AreaCode: role.Area), CancellationToken.None);
            Assert.True(result.Succeeded, string.Join("; ", result.Problems.Select(p => p.Message)));
        }
        else
        {
            await ResetAsync(users, user);
        }

        return role.Email;
    }

    /// <summary>
    /// Undoes what the account pages' forms did: the password is the known one again, no authenticator, no lockout.
    /// That changes the security stamp, so the caller signs in again before the stamp check ends its session.
    /// </summary>
    public async Task ResetAccountAsync(string email)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>();
        await ResetAsync(users, (await users.FindByEmailAsync(email))!);
    }

    /// <summary>Signs in through the form. A fresh cookie jar first, since the sign-in page sends a signed-in editor on.</summary>
    public static async Task SignInAsync(Microsoft.Playwright.IPage page, string email)
    {
        await page.Context.ClearCookiesAsync();
        await page.GotoAsync("/hallinta/kirjaudu");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/hallinta(/indikaattorit)?$"), BackOfficeData.Landed);
    }

    public async Task<TestService> ThrowawayServiceAsync(CrawlRole role)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerhekeskusDbContext>();
        var editor = scope.ServiceProvider.GetRequiredService<ServiceEditor>();
        var sourceId = await db.Services
            .Where(s => s.Status == PublicationStatus.Published && s.Source != EntrySource.Editor && s.Organisation!.Code == role.ServiceOrganisation
                && !s.Name.Fi.StartsWith(CreatedNamePrefix))
            .OrderBy(s => s.Slug).Select(s => s.Id).FirstAsync();
        var snapshot = ServiceSnapshot.From((await editor.FindAsync(sourceId, CancellationToken.None))!);
        snapshot.Name = new LocalizedText("Kierroskopio " + snapshot.Name.Fi, snapshot.Name.Sv, snapshot.Name.En);

        var service = await editor.CreateAsync(snapshot, Actor.System, CancellationToken.None);
        _services.Add(service.Id);
        await editor.PublishAsync(service, Actor.System, CancellationToken.None);
        snapshot.Summary = new LocalizedText(snapshot.Summary.Fi + " Iltavastaanotto torstaisin.", snapshot.Summary.Sv, snapshot.Summary.En);
        await editor.SaveDraftAsync(service, snapshot, Actor.System, CancellationToken.None);
        service.ReviewBy = OldReviewBy;
        await db.SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<ServiceScheduler>()
            .ScheduleAsync(service, ScheduledKind.Unpublish, DateTime.UtcNow.AddDays(60), Actor.System, CancellationToken.None);
        var photo = scope.ServiceProvider.GetRequiredService<ImageProcessor>().Process(FormFiller.Png(640, 400));
        await scope.ServiceProvider.GetRequiredService<ImageLibrary>()
            .SaveAsync(service, photo, new LocalizedText("Perhekahvilan leikkinurkkaus", null, null), Actor.System, CancellationToken.None);
        return new TestService(service.Id, service.Slug, service.PublicId);
    }

    /// <summary>A locked municipality-editor account, so the user page shows its unlock button too.</summary>
    public async Task<string> ThrowawayUserIdAsync()
    {
        var email = $"kierros.{Guid.NewGuid():N}@test.example";
        await using var scope = site.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AccountService>()
            .CreateAsync(new NewAccount(email, EditorRoles.MunicipalityEditor, ["167"], null, Password), CancellationToken.None);
        Assert.True(result.Succeeded);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>();
        await users.SetLockoutEndDateAsync(result.User!, DateTimeOffset.UtcNow.AddHours(1));
        _users.Add(email);
        return result.User!.Id;
    }

    /// <summary>Accounts the "new user" form created: removed with the rest.</summary>
    public void ForgetUser(string email) => _users.Add(email);

    public async Task<T> QueryAsync<T>(Func<PerhekeskusDbContext, Task<T>> query)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PerhekeskusDbContext>());
    }

    public async Task CleanUpAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerhekeskusDbContext>();
        var editor = scope.ServiceProvider.GetRequiredService<ServiceEditor>();
        var created = await db.Services.Where(s => s.Name.Fi.StartsWith(CreatedNamePrefix)).Select(s => s.Id).ToListAsync();
        foreach (var id in _services.Concat(created).Distinct())
        {
            if (await editor.FindAsync(id, CancellationToken.None) is { } service)
            {
                await editor.DeleteAsync(service, Actor.System, CancellationToken.None);
            }
        }

        // The shared structure must look as before for the public tests that follow.
        await db.Pages.Where(p => p.Slug.StartsWith(CreatedCodePrefix + "-")).ExecuteDeleteAsync();
        await db.ServiceTypes.Where(t => t.Code.StartsWith(CreatedCodePrefix + "-")).ExecuteDeleteAsync();
        await db.TaxonomyTerms.Where(t => t.Code.StartsWith(CreatedCodePrefix + "_")).ExecuteDeleteAsync();

        var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>();
        foreach (var email in _users)
        {
            if (await users.FindByEmailAsync(email) is { } user)
            {
                await users.DeleteAsync(user);
            }
        }

        _services.Clear();
        _users.Clear();
    }

    private static async Task ResetAsync(UserManager<EditorUser> users, EditorUser user)
    {
        await users.RemovePasswordAsync(user);
        Assert.True((await users.AddPasswordAsync(user, Password)).Succeeded);
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
    }
}
