using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SahkoinenPerhekeskus.Testing;

namespace SahkoinenPerhekeskus.BrowserTests.Feedback;

/// <summary>
/// The site on Kestrel like <c>SiteFixture</c>, plus a test-only sign-in (registered here with ConfigureTestServices,
/// never in the app): a browser context that sends <see cref="HeaderAuthHandler.RolesHeader"/> is signed in with
/// those roles. Seeded with demo feedback and search demand (<see cref="DemoIndicatorData"/>).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes a fixture through IAsyncLifetime.DisposeAsync.")]
public sealed class FeedbackSiteFixture : IAsyncLifetime
{
    private readonly TemporaryDirectory _dataDirectory = new("feedback-site");
    private SiteFactory? _factory;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public IServiceProvider Services => (_factory ?? throw new InvalidOperationException("The site has not started.")).Services;

    public async Task InitializeAsync()
    {
        _factory = new SiteFactory(_dataDirectory.Path);
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.ClientOptions.BaseAddress;
        await DemoIndicatorData.SeedAsync(_factory.Services);
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        _dataDirectory.Dispose();
    }

    private sealed class SiteFactory(string dataDirectory) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Perhekeskus:DataDirectory", dataDirectory);
            builder.UseSetting("Perhekeskus:SeedContent", "true");
            // Every test comes from 127.0.0.1, one after another; a family never searches this fast. The limits
            // themselves are tested in Web.Tests (Security/RateLimitTests).
            builder.UseSetting("Perhekeskus:Web:RateLimits:Search:Burst", "2000");
            builder.UseSetting("Perhekeskus:Web:RateLimits:Api:Burst", "5000");
            builder.UseStaticWebAssets();
            builder.ConfigureTestServices(services => services
                .AddAuthentication(o =>
                {
                    o.DefaultScheme = HeaderAuthHandler.SchemeName;
                    o.DefaultAuthenticateScheme = HeaderAuthHandler.SchemeName;
                    o.DefaultChallengeScheme = HeaderAuthHandler.SchemeName;
                    o.DefaultForbidScheme = HeaderAuthHandler.SchemeName;
                })
                .AddScheme<AuthenticationSchemeOptions, HeaderAuthHandler>(HeaderAuthHandler.SchemeName, _ => { }));
        }
    }
}

/// <summary>Test-only: signs in whoever sends the roles header, with an optional area claim.</summary>
public sealed class HeaderAuthHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "BrowserTest";
    public const string RolesHeader = "X-Test-Roles";
    public const string AreaHeader = "X-Test-Area";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(RolesHeader, out var roles))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var claims = roles.ToString().Split(',').Select(r => new Claim(ClaimTypes.Role, r)).ToList();
        claims.AddRange(Request.Headers[AreaHeader].Select(a => new Claim(Core.Accounts.EditorRoles.AreaClaim, a!)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}

[CollectionDefinition(Name)]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "An xunit collection definition.")]
public sealed class FeedbackBrowserCollection : ICollectionFixture<FeedbackSiteFixture>, ICollectionFixture<Infrastructure.BrowserFixture>
{
    public const string Name = "FeedbackBrowser";
}
