using Microsoft.AspNetCore.HttpOverrides;

namespace SahkoinenPerhekeskus.Web.Security;

/// <summary>Transport security: HSTS, forwarded headers from the configured reverse proxies only, and the HTTPS decision.</summary>
public static class SecurityServiceCollectionExtensions
{
    /// <summary>Addresses (<c>10.0.0.5</c>) or networks (<c>10.0.0.0/24</c>) of the reverse proxies whose forwarded headers are believed.</summary>
    public const string KnownProxiesKey = "Perhekeskus:Web:KnownProxies";

    public static IServiceCollection AddPerhekeskusSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var proxies = KnownProxies(configuration);
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });

        // Forwarded headers decide the client address that rate limits count, so they are believed only from the
        // configured proxies. ASP.NET Core's default trusts loopback, which let any local process (or a proxy that
        // passes the header through) pose as any client; with no proxy configured the headers are ignored.
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // Empty lists would mean "trust every sender" to the middleware, so no proxy means no forwarded headers.
            options.ForwardedHeaders = proxies.Count == 0 ? ForwardedHeaders.None : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            options.ForwardLimit = Math.Max(1, proxies.Count);
            foreach (var proxy in proxies)
            {
                if (proxy.PrefixLength is null)
                {
                    options.KnownProxies.Add(proxy.Address);
                }
                else
                {
                    options.KnownIPNetworks.Add(new System.Net.IPNetwork(proxy.Address, proxy.PrefixLength.Value));
                }
            }
        });

        return services;
    }

    /// <summary>
    /// The configured proxies, as a list (<c>KnownProxies:0</c>, <c>KnownProxies:1</c>) or one comma-separated value.
    /// A value that is not an address or network stops the start with a message naming it.
    /// </summary>
    public static IReadOnlyList<(System.Net.IPAddress Address, int? PrefixLength)> KnownProxies(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(KnownProxiesKey);
        var values = section.GetChildren().Select(c => c.Value).Append(section.Value)
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var result = new List<(System.Net.IPAddress, int?)>();
        foreach (var value in values)
        {
            if (System.Net.IPAddress.TryParse(value, out var address) && !value.Contains('/', StringComparison.Ordinal))
            {
                result.Add((address, null));
            }
            else if (System.Net.IPNetwork.TryParse(value, out var network))
            {
                result.Add((network.BaseAddress, network.PrefixLength));
            }
            else
            {
                throw new InvalidOperationException($"{KnownProxiesKey}: '{value}' is neither an IP address nor a network such as 10.0.0.0/24.");
            }
        }

        return result;
    }

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.UseMiddleware<SecurityHeadersMiddleware>();

    /// <summary>
    /// Whether an https port or https URL is configured. Without one, UseHttpsRedirection would only log a warning
    /// on every request (and could not redirect anywhere useful).
    /// </summary>
    public static bool HasHttpsEndpoint(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!string.IsNullOrEmpty(configuration["https_port"]))
        {
            return true;
        }

        var urls = configuration["urls"] ?? string.Empty;
        if (urls.Contains("https://", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Any(endpoint => endpoint["Url"]?.StartsWith("https://", StringComparison.OrdinalIgnoreCase) == true);
    }
}
