using SahkoinenPerhekeskus.Core.Feedback;
using SahkoinenPerhekeskus.Web.Palaute;
using SahkoinenPerhekeskus.Web.Pages.Hallinta.Indikaattorit;

namespace SahkoinenPerhekeskus.Web.Hosting;

/// <summary>
/// Feedback without personal data (ADR 0008): the "was this helpful?" form and its rate limit, search demand, the
/// retention job, and the indicators dashboard under /hallinta/indikaattorit with its policies.
/// </summary>
public static class FeedbackHostingExtensions
{
    public const string DashboardFolder = "/Hallinta/Indikaattorit";

    public static WebApplicationBuilder AddPerhekeskusFeedback(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddFeedback(builder.Configuration);
        services.AddFeedbackRateLimiting();
        services.AddAuthorizationBuilder().AddIndicatorPolicies();
        services.AddRazorPages().AddRazorPagesOptions(pages =>
        {
            pages.Conventions.AuthorizeFolder(DashboardFolder, IndicatorPolicies.ZeroResults);
            foreach (var page in new[] { "Index", "Kattavuus", "Ajantasaisuus", "Palaute", "Kysynta" })
            {
                pages.Conventions.AuthorizePage($"{DashboardFolder}/{page}", IndicatorPolicies.Dashboard);
            }
        });
        return builder;
    }

    /// <summary>After routing: sign-in and authorization (unless the back office has added them), the rate limiter and the form's POST.</summary>
    public static WebApplication UsePerhekeskusFeedback(this WebApplication app)
    {
        // The back office's pipeline adds these too; ASP.NET Core marks them in Properties, so they run once either way.
        var properties = ((IApplicationBuilder)app).Properties;
        if (!properties.ContainsKey("__AuthenticationMiddlewareSet"))
        {
            app.UseAuthentication();
        }

        if (!properties.ContainsKey("__AuthorizationMiddlewareSet"))
        {
            app.UseAuthorization();
        }

        app.UseRateLimiter();
        app.MapFeedbackForm();
        return app;
    }
}
