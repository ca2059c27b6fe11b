using Microsoft.AspNetCore.Identity;
using SahkoinenPerhekeskus.Core.Accounts;
using SahkoinenPerhekeskus.Web.Areas.Hallinta.Images;
using SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Kirjautuminen;

namespace SahkoinenPerhekeskus.Web.Hosting;

/// <summary>The editors' back office under /hallinta (ADR 0005): accounts, the authorization handler, workflow services.</summary>
public static class BackOfficeHostingExtensions
{
    private static readonly string[] EditorFolders = ["/Palvelut", "/Sivut"];
    private static readonly string[] EditorPages = ["/Kattavuus", "/Kaannokset", "/Loki", "/LokiMerkinta", "/Markdown"];
    private static readonly string[] IndicatorPages = ["Index", "Kattavuus", "Ajantasaisuus", "Palaute", "Kysynta"];

    public const string Area = "Hallinta";

    public static WebApplicationBuilder AddPerhekeskusBackOffice(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var options = builder.Configuration.GetSection(BackOfficeOptions.Section).Get<BackOfficeOptions>() ?? new();
        services.AddOptions<BackOfficeOptions>().Bind(builder.Configuration.GetSection(BackOfficeOptions.Section));
        services.AddOptions<DemoAccountsOptions>().Bind(builder.Configuration.GetSection(DemoAccountsOptions.Section));

        services.AddIdentity<EditorUser, IdentityRole>(identity =>
            {
                // OWASP ASVS 5.0 V6.2: length, no composition rules; the common-password check is a validator.
                identity.Password.RequiredLength = 12;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequiredUniqueChars = 1;
                identity.Lockout.MaxFailedAccessAttempts = Math.Max(1, options.LockoutFailures);
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(options.LockoutMinutes);
                identity.Lockout.AllowedForNewUsers = true;
                identity.User.RequireUniqueEmail = true;
                identity.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<PerhekeskusDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<EditorClaimsPrincipalFactory>()
            .AddPasswordValidator<CommonPasswordValidator>();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "pk-hallinta";
            cookie.Cookie.Path = "/hallinta";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/hallinta/kirjaudu";
            cookie.LogoutPath = "/hallinta/kirjaudu/ulos";
            cookie.AccessDeniedPath = "/hallinta/kirjaudu";
            // Session timeout: the cookie lapses after this much inactivity (sliding) and is never persistent.
            cookie.ExpireTimeSpan = TimeSpan.FromMinutes(options.SessionTimeoutMinutes);
            cookie.SlidingExpiration = true;
            // A denied request is a plain 403 (with the friendly error page), not a redirect that hides the status.
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        // Scope changes (which also change the security stamp) reach open sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromSeconds(Math.Max(1, options.SecurityStampCheckSeconds)));

        services.AddAuthorizationBuilder()
            .AddPolicy(BackOfficePolicies.SignedIn, p => p.RequireAuthenticatedUser().RequireRole(EditorRoles.Assignable))
            .AddPolicy(BackOfficePolicies.Editor, p => p.RequireAuthenticatedUser().RequireRole(EditorRoles.ContentRoles))
            .AddPolicy(BackOfficePolicies.Admin, p => p.RequireAuthenticatedUser().RequireRole(EditorRoles.RegionalAdmin))
            .AddPolicy(BackOfficePolicies.Indicators, p => p.RequireAuthenticatedUser().RequireAssertion(c => IndicatorAccess.DashboardScope(c.User) is not null))
            .AddPolicy(BackOfficePolicies.ZeroResults, p => p.RequireAuthenticatedUser().RequireAssertion(c => IndicatorAccess.ZeroResultsScope(c.User) is not null));
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, EditorialAuthorizationHandler>();
        services.AddScoped<EditorialGuard>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<ILockoutNotice, LoggedLockoutNotice>();
        services.AddScoped<EditorSignIn>();
        services.AddSingleton<HallintaText>();

        services.AddRazorPages().AddRazorPagesOptions(pages =>
        {
            // Every page needs an account; content needs a content role. An area leader (indicators only) keeps
            // their own account pages and the desk, which sends them on to the dashboard.
            pages.Conventions.AuthorizeAreaFolder(Area, "/", BackOfficePolicies.SignedIn);
            foreach (var folder in EditorFolders)
            {
                pages.Conventions.AuthorizeAreaFolder(Area, folder, BackOfficePolicies.Editor);
            }

            foreach (var page in EditorPages)
            {
                pages.Conventions.AuthorizeAreaPage(Area, page, BackOfficePolicies.Editor);
            }

            // The indicators: the zero-result searches also for municipality editors, the rest for the dashboard's readers.
            pages.Conventions.AuthorizeAreaFolder(Area, "/Indikaattorit", BackOfficePolicies.ZeroResults);
            foreach (var page in IndicatorPages)
            {
                pages.Conventions.AuthorizeAreaPage(Area, "/Indikaattorit/" + page, BackOfficePolicies.Indicators);
            }

            pages.Conventions.AuthorizeAreaFolder(Area, "/Rakenne", BackOfficePolicies.Admin);
            pages.Conventions.AuthorizeAreaFolder(Area, "/Kayttajat", BackOfficePolicies.Admin);
            pages.Conventions.AllowAnonymousToAreaFolder(Area, "/Kirjautuminen");
            pages.Conventions.AllowAnonymousToAreaPage(Area, "/Virhe");
            pages.Conventions.AddAreaFolderApplicationModelConvention(Area, "/", model => model.Filters.Add(new TwoFactorSetupFilter()));
        });

        services.AddSingleton<ImageProcessor>();
        services.AddScoped<ImageLibrary>();
        services.AddSingleton<PendingUploads>();
        services.AddHostedService<ScheduledActionsWorker>();
        services.AddHostedService<DemoAccountsSeeder>();
        return builder;
    }

    /// <summary>Sign-in and authorization after routing (so endpoints' policies are known), and the media files.</summary>
    public static WebApplication UsePerhekeskusBackOffice(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapMedia();
        app.MapOldDashboardLanguageUrls();
        return app;
    }

    /// <summary>
    /// The back office is Finnish and its URLs carry no language prefix (ADR 0005). The indicators dashboard once
    /// also answered under <c>/sv</c> and <c>/en</c>, where the sign-in cookie (path <c>/hallinta</c>) never
    /// arrived; such links now lead permanently to the one dashboard, query string kept.
    /// </summary>
    private static void MapOldDashboardLanguageUrls(this WebApplication app)
    {
        foreach (var language in SiteLanguage.All.Where(l => !l.IsDefault))
        {
            app.MapMethods(language.PathPrefix + "/hallinta/indikaattorit/{**rest}", [HttpMethods.Get, HttpMethods.Head], (HttpContext context) =>
            {
                var target = new PathString(context.Request.Path.Value![language.PathPrefix.Length..]);
                return Results.Redirect(target.ToUriComponent() + context.Request.QueryString.ToUriComponent(), permanent: true);
            });
        }
    }
}
