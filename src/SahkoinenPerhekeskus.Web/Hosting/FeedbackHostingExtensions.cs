using SahkoinenPerhekeskus.Web.Palaute;

namespace SahkoinenPerhekeskus.Web.Hosting;

/// <summary>
/// Feedback without personal data (ADR 0008): the "was this helpful?" form and its rate limit, search demand and the
/// retention job. The indicators dashboard that reads them is part of the back office (<see cref="BackOfficeHostingExtensions"/>).
/// </summary>
public static class FeedbackHostingExtensions
{
    public static WebApplicationBuilder AddPerhekeskusFeedback(this WebApplicationBuilder builder)
    {
        builder.Services.AddPerhekeskusFeedbackRateLimiting();
        return builder;
    }

    /// <summary>The rate limiter (after routing, sign-in and authorization in <see cref="WebApplicationExtensions.UsePerhekeskusWeb"/>) and the form's POST.</summary>
    public static WebApplication UsePerhekeskusFeedback(this WebApplication app)
    {
        app.UseRateLimiter();
        app.MapFeedbackForm();
        return app;
    }
}
