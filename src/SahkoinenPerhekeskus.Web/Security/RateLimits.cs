using System.Collections.Frozen;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SahkoinenPerhekeskus.Web.Palaute;

namespace SahkoinenPerhekeskus.Web.Security;

/// <summary>
/// The rate limiter of the public surface. Endpoints opt in by policy name (<see cref="Search"/>, <see cref="Api"/>,
/// and the feedback form's own); partitions are <see cref="ClientKeys"/>, so no address is kept. A person gets a
/// page in their language, a program a problem+json, both with <c>Retry-After</c>.
/// </summary>
public static class RateLimits
{
    public const string Search = "haku";
    public const string Api = "api";

    /// <summary>The friendly page shown with 429 on the results page.</summary>
    public const string TooManySearchesView = "~/Pages/Shared/TooManySearches.cshtml";

    /// <summary>Each policy's 429 page for people; every other policy's endpoints are for programs and get JSON.</summary>
    private static readonly FrozenDictionary<string, string> RejectionViews = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Search] = TooManySearchesView,
        [FeedbackRateLimit.Policy] = FeedbackRateLimit.TooManyView,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IServiceCollection AddPerhekeskusRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton<ClientKeys>();
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section))
            .Validate(o => o.Search.IsValid && o.Api.IsValid, "Perhekeskus:Web:RateLimits: Burst must be at least 1 and PerSecond above 0.")
            .ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Search, context => Bucket(context, o => o.Search));
            limiter.AddPolicy(Api, context => Bucket(context, o => o.Api));
            limiter.OnRejected = OnRejectedAsync;
        });
        return services;
    }

    /// <summary>Seconds as the <c>Retry-After</c> header wants them: whole, at least 1.</summary>
    public static string RetryAfterHeader(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    private static RateLimitPartition<string> Bucket(HttpContext context, Func<RateLimitOptions, RateLimitOptions.Bucket> pick)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        // Without an address (a Unix socket with no trusted proxy header) every client would share one bucket.
        if (!options.Enabled || context.Connection.RemoteIpAddress is null)
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        var bucket = pick(options);
        var key = context.RequestServices.GetRequiredService<ClientKeys>().For(context.Connection.RemoteIpAddress);
        // Replenish in small steps (a tenth of a second's worth, at least one token) so a burst recovers smoothly.
        var period = TimeSpan.FromSeconds(Math.Max(0.1, 1 / bucket.PerSecond));
        var tokens = Math.Max(1, (int)Math.Round(bucket.PerSecond * period.TotalSeconds));
        return RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = bucket.Burst,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var http = rejected.HttpContext;
        http.Response.Headers.CacheControl = "no-store";
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        http.Response.Headers.RetryAfter = RetryAfterHeader(wait);

        var policy = http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
        if (policy is not null && RejectionViews.TryGetValue(policy, out var view))
        {
            var result = new ViewResult { ViewName = view, StatusCode = StatusCodes.Status429TooManyRequests };
            await result.ExecuteResultAsync(new ActionContext(http, http.GetRouteData(), new ActionDescriptor()));
            return;
        }

        await Results.Problem(
            title: "Too many requests",
            detail: $"This client sent requests faster than the limit. Try again in {http.Response.Headers.RetryAfter} s.",
            statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
    }
}
