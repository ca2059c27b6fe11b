using OtpNet;

namespace SahkoinenPerhekeskus.Web.Tests.Hallinta;

/// <summary>TOTP on the real clock: the authenticator codes are computed here with Otp.NET, as a phone app would.</summary>
public sealed class TwoFactorTests(BackOfficeFixture fixture) : IClassFixture<BackOfficeFixture>
{
    [Fact]
    public async Task TwoFactor_RequiredByAdmin_EnrolsAndThenAsksForTheCodeAtLogin()
    {
        var email = await NewUserAsync(EditorRoles.MunicipalityEditor, requireTwoFactor: true);
        using var client = fixture.Anonymous();
        await Login(client, email, BackOfficeFixture.Password);

        var dashboard = await client.GetAsync("/hallinta");
        Assert.Equal("/hallinta/tili/kaksivaihe", dashboard.Headers.Location!.OriginalString);
        var enrolment = await client.GetStringAsync("/hallinta/tili/kaksivaihe");
        var key = System.Text.RegularExpressions.Regex.Match(enrolment, "<code class=\"password\">([a-z2-7 ]+)</code>").Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var totp = new Totp(Base32Encoding.ToBytes(key));
        var wrong = await BackOfficeFixture.PostAsync(client, "/hallinta/tili/kaksivaihe", "/hallinta/tili/kaksivaihe", [new("Code", "000000")]);
        Assert.Contains("Koodi on väärin", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var enabled = await BackOfficeFixture.PostAsync(client, "/hallinta/tili/kaksivaihe", "/hallinta/tili/kaksivaihe", [new("Code", totp.ComputeTotp(DateTime.UtcNow))]);

        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/hallinta")).StatusCode);
        using var second = fixture.Anonymous();
        var login = await Login(second, email, BackOfficeFixture.Password);
        Assert.StartsWith("/hallinta/kirjaudu/kaksivaihe", login.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var verified = await BackOfficeFixture.PostAsync(second, "/hallinta/kirjaudu/kaksivaihe", "/hallinta/kirjaudu/kaksivaihe", [new("Code", totp.ComputeTotp(DateTime.UtcNow))]);
        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/hallinta")).StatusCode);
    }

    private static Task<HttpResponseMessage> Login(HttpClient client, string email, string password) =>
        BackOfficeFixture.PostAsync(client, "/hallinta/kirjaudu", "/hallinta/kirjaudu", [new("Email", email), new("Password", password)]);

    private async Task<string> NewUserAsync(string role, bool requireTwoFactor)
    {
        var email = $"{Guid.NewGuid():N}@test.example";
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(
            new NewAccount(email, role, ["167"], null, BackOfficeFixture.Password, RequireTwoFactor: requireTwoFactor), CancellationToken.None);
        Assert.True(result.Succeeded);
        return email;
    }
}
