using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Time.Testing;
using SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Kirjautuminen;
using SahkoinenPerhekeskus.Web.Tests.Feedback;

namespace SahkoinenPerhekeskus.Web.Tests.Hallinta;

/// <summary>The production throttle settings on a fake clock; each request's client address comes from <see cref="FakeClientAddress"/>.</summary>
public sealed class SignInThrottleFixture : BackOfficeFixture
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    public RecordingLockoutNotice Notices { get; } = new();

    protected override PerhekeskusWebFactory Configure(PerhekeskusWebFactory factory) =>
        factory.WithTimeProvider(Clock).WithSetting("Perhekeskus:BackOffice:SessionTimeoutMinutes", "5000000")
            .WithServices(services =>
            {
                services.AddSingleton<IStartupFilter, FakeClientAddress>();
                services.AddSingleton<ILockoutNotice>(Notices);
            });
}

public sealed class RecordingLockoutNotice : ILockoutNotice
{
    public List<string> LockedUserIds { get; } = [];

    public Task AccountLockedAsync(EditorUser user, DateTimeOffset until, CancellationToken ct)
    {
        lock (LockedUserIds)
        {
            LockedUserIds.Add(user.Id);
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// Sign-in throttling: nobody can lock an editor out from one address, guessing meets 429 with <c>Retry-After</c>,
/// and a locked account looks exactly like an unknown one.
/// </summary>
public sealed class SignInThrottleTests(SignInThrottleFixture fixture) : IClassFixture<SignInThrottleFixture>
{
    private const string Failed = "Sähköpostiosoite tai salasana on väärin, tai tili on lukittu hetkeksi";
    private const string WrongPassword = "väärä salasana joka on pitkä";

    [Fact]
    public async Task FiveWrongPasswords_ThrottleTheAccountForAMinute_ButDoNotLockIt()
    {
        var email = await NewUserAsync();
        using var client = Client("198.51.100.1");
        for (var i = 0; i < 5; i++)
        {
            var wrong = await BackOfficeFixture.LoginAsync(client, email, WrongPassword);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains(Failed, await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var throttled = await BackOfficeFixture.LoginAsync(client, email, BackOfficeFixture.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        var retryAfter = int.Parse(throttled.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Contains("Liian monta kirjautumisyritystä. Yritä uudelleen minuutin kuluttua.", await throttled.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Another address is held back too (the account is guarded, not the address), and then the owner gets in.
        using var owner = Client("198.51.100.2");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await BackOfficeFixture.LoginAsync(owner, email, BackOfficeFixture.Password)).StatusCode);
        fixture.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(HttpStatusCode.Redirect, (await BackOfficeFixture.LoginAsync(owner, email, BackOfficeFixture.Password)).StatusCode);
        Assert.False(await IsLockedAsync(email));
    }

    [Fact]
    public async Task OneClientTryingManyAccounts_Gets429AfterTen_WhileOtherClientsSignIn()
    {
        using var sprayer = Client("198.51.100.10");
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await BackOfficeFixture.LoginAsync(sprayer, $"arvaus{i}@test.example", WrongPassword)).StatusCode);
        }

        var refused = await BackOfficeFixture.LoginAsync(sprayer, BackOfficeFixture.Emails[EditorRoles.Reviewer], BackOfficeFixture.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null);
        Assert.Contains("minuutin kuluttua", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var other = Client("198.51.100.11");
        Assert.Equal(HttpStatusCode.Redirect, (await BackOfficeFixture.LoginAsync(other, BackOfficeFixture.Emails[EditorRoles.Reviewer], BackOfficeFixture.Password)).StatusCode);
        fixture.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.OK, (await BackOfficeFixture.LoginAsync(sprayer, "arvaus@test.example", WrongPassword)).StatusCode);
    }

    [Fact]
    public async Task LockedAccount_AnswersLikeAnUnknownOne_AndItsOwnerIsNoticed()
    {
        var email = await NewUserAsync();
        string userId;
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>();
            userId = (await users.FindByEmailAsync(email))!.Id;
        }

        // Twenty failures lock the account; with one try a minute per account, from a new address each time.
        for (var i = 0; i < 20; i++)
        {
            using var guesser = Client($"192.0.2.{i + 1}");
            Assert.Equal(HttpStatusCode.OK, (await BackOfficeFixture.LoginAsync(guesser, email, WrongPassword)).StatusCode);
            fixture.Clock.Advance(TimeSpan.FromSeconds(61));
        }

        Assert.True(await IsLockedAsync(email));
        Assert.Equal([userId], fixture.Notices.LockedUserIds);

        using var owner = Client("198.51.100.30");
        var locked = await (await BackOfficeFixture.LoginAsync(owner, email, BackOfficeFixture.Password)).Content.ReadAsStringAsync();
        using var stranger = Client("198.51.100.31");
        var unknown = await (await BackOfficeFixture.LoginAsync(stranger, "ei-ole@test.example", BackOfficeFixture.Password)).Content.ReadAsStringAsync();
        Assert.Equal(ErrorOf(unknown), ErrorOf(locked));
        Assert.Contains(Failed, ErrorOf(locked), StringComparison.Ordinal);
    }

    private static string ErrorOf(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "data-valmsg-for=\"Password\"[^>]*>([^<]*)<").Groups[1].Value;

    private HttpClient Client(string address)
    {
        var client = fixture.Anonymous();
        client.DefaultRequestHeaders.Add(FakeClientAddress.Header, address);
        return client;
    }

    private async Task<bool> IsLockedAsync(string email)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>();
        return await users.IsLockedOutAsync((await users.FindByEmailAsync(email))!);
    }

    private async Task<string> NewUserAsync()
    {
        var email = $"{Guid.NewGuid():N}@test.example";
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(
            new NewAccount(email, EditorRoles.MunicipalityEditor, ["167"], null, BackOfficeFixture.Password), CancellationToken.None);
        Assert.True(result.Succeeded);
        return email;
    }
}
