using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SahkoinenPerhekeskus.Web.Tests.Feedback;

/// <summary>
/// Signs a request in from test headers: roles (comma-separated), an area and municipalities, using the back
/// office's own role and claim names. No headers, no user: the challenge answers 401 and a forbidden request 403.
/// </summary>
public sealed class TestAuthHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string RolesHeader = "X-Test-Roles";
    public const string AreaHeader = "X-Test-Area";
    public const string MunicipalityHeader = "X-Test-Municipality";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(RolesHeader, out var roles))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var claims = new List<Claim> { new(ClaimTypes.Name, "testaaja") };
        claims.AddRange(roles.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => new Claim(ClaimTypes.Role, r)));
        claims.AddRange(Request.Headers[AreaHeader].Select(a => new Claim(EditorRoles.AreaClaim, a!)));
        claims.AddRange(Request.Headers[MunicipalityHeader].Select(m => new Claim(EditorScope.MunicipalityClaim, m!)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    /// <summary>Registers the scheme as every default, so it wins over any cookie scheme the app has.</summary>
    public static void AddTo(IServiceCollection services) =>
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SchemeName;
                o.DefaultAuthenticateScheme = SchemeName;
                o.DefaultChallengeScheme = SchemeName;
                o.DefaultForbidScheme = SchemeName;
            })
            .AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(SchemeName, _ => { });
}

/// <summary>Gives every request a client address and lets a test pick another one (<see cref="Header"/>).</summary>
public sealed class FakeClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Ip";
    public const string Default = "203.0.113.7";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers[Header].FirstOrDefault() ?? Default);
            return nextMiddleware(context);
        });
        next(app);
    };
}
