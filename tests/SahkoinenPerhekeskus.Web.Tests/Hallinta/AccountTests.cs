using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Time.Testing;
using SahkoinenPerhekeskus.Web.Cli;

namespace SahkoinenPerhekeskus.Web.Tests.Hallinta;

/// <summary>Accounts on a fake clock with a 30-minute session.</summary>
public sealed class AccountFixture : BackOfficeFixture
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    protected override PerhekeskusWebFactory Configure(PerhekeskusWebFactory factory) =>
        factory.WithTimeProvider(Clock).WithSetting("Perhekeskus:BackOffice:SessionTimeoutMinutes", "30");
}

/// <summary>Sign-in, session timeout, the ASVS password policy, TOTP and the create-user verb.</summary>
public sealed class AccountTests(AccountFixture fixture) : IClassFixture<AccountFixture>
{
    [Fact]
    public async Task Login_WrongPassword_SaysSoInFinnishWithoutRevealingTheAccount()
    {
        using var client = fixture.Anonymous();

        var unknown = await (await BackOfficeFixture.LoginAsync(client, "ei.ole@test.example", "mikä tahansa salasana")).Content.ReadAsStringAsync();
        var known = await (await BackOfficeFixture.LoginAsync(client, BackOfficeFixture.Emails[EditorRoles.Reviewer], "mikä tahansa salasana")).Content.ReadAsStringAsync();

        Assert.Contains("Sähköpostiosoite tai salasana on väärin", unknown, StringComparison.Ordinal);
        Assert.Contains("Sähköpostiosoite tai salasana on väärin", known, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_IsAHostOnlyCookieThatLapsesAfterTheTimeout()
    {
        var email = await NewUserAsync(EditorRoles.RegionalAdmin);
        using var client = fixture.Anonymous();

        var login = await BackOfficeFixture.LoginAsync(client, email, BackOfficeFixture.Password);

        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("pk-hallinta=", StringComparison.Ordinal));
        Assert.Contains("path=/hallinta", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/hallinta")).StatusCode);

        fixture.Clock.Advance(TimeSpan.FromMinutes(31));

        var after = await client.GetAsync("/hallinta");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/hallinta/kirjaudu", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_OutlivesTheStampCheck_AfterTheTwoFactorPageMadeAKey()
    {
        var email = await NewUserAsync(EditorRoles.MunicipalityEditor);
        using var client = fixture.Anonymous();
        await BackOfficeFixture.LoginAsync(client, email, BackOfficeFixture.Password);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/hallinta/tili/kaksivaihe")).StatusCode);
        fixture.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/hallinta")).StatusCode);
    }

    [Fact]
    public async Task Session_EndsAtTheStampCheck_AfterAnAdminChangedTheScope()
    {
        var email = await NewUserAsync(EditorRoles.MunicipalityEditor);
        using var client = fixture.Anonymous();
        await BackOfficeFixture.LoginAsync(client, email, BackOfficeFixture.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/hallinta")).StatusCode);

        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            var problems = await scope.ServiceProvider.GetRequiredService<AccountService>()
                .UpdateScopeAsync(user, EditorRoles.MunicipalityEditor, ["422"], null, null, false, false, CancellationToken.None);
            Assert.Empty(problems);
        }

        fixture.Clock.Advance(TimeSpan.FromMinutes(2));

        var after = await client.GetAsync("/hallinta");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/hallinta/kirjaudu", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lyhyt", "PasswordTooShort")]
    [InlineData("salasana1234", "PasswordCommon")]
    [InlineData("Salasana2026!", "PasswordCommon")]
    [InlineData("qwertyuiop123", "PasswordCommon")]
    [InlineData("aaaaaaaaaaaaaaaa", "PasswordCommon")]
    [InlineData("kissakissakissa", "PasswordCommon")]
    [InlineData("123456789012345", "PasswordCommon")]
    public async Task CreateAccount_WeakPassword_IsRefused(string password, string code)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();

        var result = await scope.ServiceProvider.GetRequiredService<AccountService>()
            .CreateAsync(new NewAccount($"{Guid.NewGuid():N}@test.example", EditorRoles.RegionalAdmin, [], null, password), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Code == code);
    }

    [Theory]
    [InlineData("hiljaa hyvä tulee")]
    [InlineData("Kolme kärpästä lensi ikkunasta ulos")]
    [InlineData("xk7-PLm2-99qz")]
    public async Task CreateAccount_LongUncommonPassword_NeedsNoSymbols(string password)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();

        var result = await scope.ServiceProvider.GetRequiredService<AccountService>()
            .CreateAsync(new NewAccount($"{Guid.NewGuid():N}@test.example", EditorRoles.RegionalAdmin, [], null, password), CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("; ", result.Problems.Select(p => p.Code)));
    }

    [Fact]
    public async Task CreateUserVerb_ReadsPasswordFromStdin_AndSetsRoleAndScope()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var output = new StringWriter();
        var command = new CreateUserCommand(new StringReader(BackOfficeFixture.Password + "\n"));

        var code = await command.RunAsync(scope.ServiceProvider, ["verbi@test.example", "--role", "municipality-editor", "--municipality", "167", "--municipality", "276"], output, CancellationToken.None);

        Assert.Equal(0, code);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>();
        var user = await users.FindByEmailAsync("verbi@test.example");
        Assert.NotNull(user);
        Assert.Equal(["167", "276"], user.MunicipalityCodes);
        Assert.True(await users.IsInRoleAsync(user, EditorRoles.MunicipalityEditor));
        Assert.True(await users.CheckPasswordAsync(user, BackOfficeFixture.Password));
    }

    [Theory]
    [InlineData(new[] { "x@test.example", "--role", "kuningas" }, "pitkä testisalasana joka ei ole yleinen", 2)]
    [InlineData(new[] { "--role", "reviewer" }, "pitkä testisalasana joka ei ole yleinen", 2)]
    [InlineData(new[] { "y@test.example", "--role", "reviewer", "--municipality", "999" }, "pitkä testisalasana joka ei ole yleinen", 1)]
    [InlineData(new[] { "z@test.example", "--role", "organisation-editor" }, "pitkä testisalasana joka ei ole yleinen", 1)]
    [InlineData(new[] { "w@test.example", "--role", "regional-admin" }, "", 2)]
    [InlineData(new[] { "v@test.example", "--role", "regional-admin" }, "salasana1234", 1)]
    public async Task CreateUserVerb_BadInput_FailsWithoutCreating(string[] args, string password, int expected)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var command = new CreateUserCommand(new StringReader(password + "\n"));

        var code = await command.RunAsync(scope.ServiceProvider, args, new StringWriter(), CancellationToken.None);

        Assert.Equal(expected, code);
        if (args[0].Contains('@', StringComparison.Ordinal))
        {
            Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>().FindByEmailAsync(args[0]));
        }
    }

    [Fact]
    public async Task NonAdmin_StructureAndUsers_AreForbidden()
    {
        var client = await fixture.ClientAsync(EditorRoles.MunicipalityEditor);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/hallinta/rakenne")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/hallinta/kayttajat")).StatusCode);
        var post = await MatrixEndpoints.Post(client, "/hallinta/rakenne/palvelutyypit/1", [new("Name.Fi", "Kaapattu")]);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    private async Task<string> NewUserAsync(string role, bool requireTwoFactor = false)
    {
        var email = $"{Guid.NewGuid():N}@test.example";
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(
            new NewAccount(email, role, role == EditorRoles.RegionalAdmin ? [] : ["167"], null, BackOfficeFixture.Password, RequireTwoFactor: requireTwoFactor), CancellationToken.None);
        Assert.True(result.Succeeded);
        return email;
    }
}
