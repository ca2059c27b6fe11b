using Microsoft.AspNetCore.Identity;
using SahkoinenPerhekeskus.Web.Cli;

namespace SahkoinenPerhekeskus.Web.Tests.Hallinta;

/// <summary>
/// The area leader: a real account (created like any other) that signs in through the login form, reads the
/// indicators of one family-centre area and can open nothing that changes content.
/// </summary>
public sealed class AreaLeaderTests(BackOfficeFixture fixture) : IClassFixture<BackOfficeFixture>
{
    [Fact]
    public async Task SignedInAreaLeader_LandsOnTheDashboard_ScopedToTheirArea()
    {
        var client = await fixture.ClientAsync(EditorRoles.AreaLeader);

        var desk = await client.GetAsync("/hallinta");
        Assert.Equal(HttpStatusCode.Redirect, desk.StatusCode);
        Assert.Equal("/hallinta/indikaattorit", desk.Headers.Location!.OriginalString);

        var dashboard = await client.GetAsync("/hallinta/indikaattorit/kattavuus");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        var html = await dashboard.Content.ReadAsStringAsync();
        Assert.Contains("Joensuu", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Lieksa", html, StringComparison.Ordinal);
        // The back office's own navigation, without the content pages the leader cannot open.
        Assert.Contains("href=\"/hallinta/indikaattorit\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/hallinta/palvelut\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sv/hallinta/indikaattorit", "/hallinta/indikaattorit")]
    [InlineData("/en/hallinta/indikaattorit/kattavuus", "/hallinta/indikaattorit/kattavuus")]
    [InlineData("/sv/hallinta/indikaattorit/palaute?alku=2026-01-01&loppu=2026-06-30", "/hallinta/indikaattorit/palaute?alku=2026-01-01&loppu=2026-06-30")]
    public async Task SignedInAreaLeader_OldLanguagePrefixedDashboardUrl_RedirectsToTheDashboardTheyCanRead(string old, string target)
    {
        var client = await fixture.ClientAsync(EditorRoles.AreaLeader);

        var response = await client.GetAsync(old);

        // The back office has no language prefixes: a permanent redirect, not the sign-in page the cookie's path caused.
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(target, response.Headers.Location!.OriginalString);
        var page = await client.GetAsync(target);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<html lang=\"fi\">", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/hallinta/palvelut")]
    [InlineData("/hallinta/palvelut/uusi")]
    [InlineData("/hallinta/sivut")]
    [InlineData("/hallinta/kattavuus")]
    [InlineData("/hallinta/loki")]
    [InlineData("/hallinta/rakenne")]
    [InlineData("/hallinta/kayttajat")]
    public async Task AreaLeader_ContentPages_AreForbidden(string path)
    {
        var client = await fixture.ClientAsync(EditorRoles.AreaLeader);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task AreaLeader_KeepsTheirOwnAccountPages()
    {
        var client = await fixture.ClientAsync(EditorRoles.AreaLeader);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/hallinta/tili/salasana")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/hallinta/tili/kaksivaihe")).StatusCode);
    }

    [Fact]
    public async Task CreateUserVerb_AreaLeader_StoresTheAreaAsAClaim()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var command = new CreateUserCommand(new StringReader(BackOfficeFixture.Password + "\n"));

        var code = await command.RunAsync(scope.ServiceProvider, ["johtaja@test.example", "--role", "area-leader", "--area", "pohjoinen"], new StringWriter(), CancellationToken.None);

        Assert.Equal(0, code);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>();
        var user = (await users.FindByEmailAsync("johtaja@test.example"))!;
        Assert.True(await users.IsInRoleAsync(user, EditorRoles.AreaLeader));
        Assert.Equal("pohjoinen", await scope.ServiceProvider.GetRequiredService<AccountService>().AreaOfAsync(user));
        Assert.Empty(user.MunicipalityCodes);
    }

    [Theory]
    [InlineData("ilman.aluetta@test.example", null, "AreaRequired")]
    [InlineData("tuntematon.alue@test.example", "lappi", "UnknownArea")]
    public async Task AreaLeader_WithoutAKnownArea_IsRefused(string email, string? area, string problem)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();

        var result = await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(
            new NewAccount(email, EditorRoles.AreaLeader, [], null, BackOfficeFixture.Password, AreaCode: area), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Field == "Area" && p.Code == problem);
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>().FindByEmailAsync(email));
    }

    [Fact]
    public async Task UsersPage_MovesAnAreaLeaderToAnotherArea()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var created = await accounts.CreateAsync(new NewAccount("siirto@test.example", EditorRoles.AreaLeader, [], null, BackOfficeFixture.Password, AreaCode: "keskinen"), CancellationToken.None);
        var admin = await fixture.ClientAsync(EditorRoles.RegionalAdmin);
        var page = $"/hallinta/kayttajat/{created.User!.Id}";

        var response = await BackOfficeFixture.PostAsync(admin, page, page, [new("Form.Role", EditorRoles.AreaLeader), new("Form.Area", "etelainen")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var after = fixture.Factory.Services.CreateAsyncScope();
        var user = (await after.ServiceProvider.GetRequiredService<UserManager<EditorUser>>().FindByEmailAsync("siirto@test.example"))!;
        Assert.Equal("etelainen", await after.ServiceProvider.GetRequiredService<AccountService>().AreaOfAsync(user));
        Assert.Contains("Eteläinen", await admin.GetStringAsync("/hallinta/kayttajat"), StringComparison.Ordinal);
    }
}
