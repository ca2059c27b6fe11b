using System.Net;
using System.Security.Cryptography;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.Extensions.Options;
using SahkoinenPerhekeskus.Core.Feedback;

namespace SahkoinenPerhekeskus.Web.Palaute;

/// <summary>
/// Limits feedback posts per client without keeping who the client is: the partition key is a keyed hash of the
/// address under a random key that lives only in this process's memory and is replaced every day, so the keys cannot
/// be reversed or linked from one day to the next, and nothing of them is ever written anywhere.
/// </summary>
public static class FeedbackRateLimit
{
    public const string Policy = "palaute";

    /// <summary>The friendly page shown with 429.</summary>
    public const string TooManyView = "~/Palaute/TooMany.cshtml";

    public static IServiceCollection AddPerhekeskusFeedbackRateLimiting(this IServiceCollection services)
    {
        services.AddSingleton<ClientHasher>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Policy, context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<FeedbackOptions>>().Value;
                var key = context.RequestServices.GetRequiredService<ClientHasher>().KeyFor(context.Connection.RemoteIpAddress);
                return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.RateLimitPermits,
                    Window = options.RateLimitWindow,
                    QueueLimit = 0,
                });
            });
            limiter.OnRejected = async (rejected, ct) =>
            {
                var http = rejected.HttpContext;
                http.Response.Headers.CacheControl = "no-store";
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                var view = new ViewResult { ViewName = TooManyView, StatusCode = StatusCodes.Status429TooManyRequests };
                await view.ExecuteResultAsync(new ActionContext(http, http.GetRouteData(), new ActionDescriptor()));
            };
        });
        return services;
    }

    /// <summary>HMAC of the client address under a per-process key that changes at every UTC midnight.</summary>
    public sealed class ClientHasher(TimeProvider time)
    {
        private readonly Lock _gate = new();
        private DateOnly _keyDay;
        private byte[] _key = [];

        public string KeyFor(IPAddress? address)
        {
            if (address is null)
            {
                return "-";
            }

            byte[] key;
            lock (_gate)
            {
                var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
                if (today != _keyDay || _key.Length == 0)
                {
                    _key = RandomNumberGenerator.GetBytes(32);
                    _keyDay = today;
                }

                key = _key;
            }

            return Convert.ToBase64String(HMACSHA256.HashData(key, address.GetAddressBytes()).AsSpan(0, 12));
        }
    }
}
