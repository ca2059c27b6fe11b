using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SahkoinenPerhekeskus.Core.Feedback;
using SahkoinenPerhekeskus.Web.Security;

namespace SahkoinenPerhekeskus.Web.Palaute;

/// <summary>
/// Limits feedback posts per client without keeping who the client is (<see cref="ClientKeys"/>): a fixed window,
/// because one answer per page is what a person gives. Its 429 page is rendered by <see cref="RateLimits"/>.
/// </summary>
public static class FeedbackRateLimit
{
    public const string Policy = "palaute";

    /// <summary>The friendly page shown with 429.</summary>
    public const string TooManyView = "~/Palaute/TooMany.cshtml";

    public static IServiceCollection AddPerhekeskusFeedbackRateLimiting(this IServiceCollection services)
    {
        services.TryAddSingleton<ClientKeys>();
        services.Configure<RateLimiterOptions>(limiter => limiter.AddPolicy(Policy, context =>
        {
            var options = context.RequestServices.GetRequiredService<IOptions<FeedbackOptions>>().Value;
            var key = context.RequestServices.GetRequiredService<ClientKeys>().For(context.Connection.RemoteIpAddress);
            return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.RateLimitPermits,
                Window = options.RateLimitWindow,
                QueueLimit = 0,
            });
        }));
        return services;
    }
}
