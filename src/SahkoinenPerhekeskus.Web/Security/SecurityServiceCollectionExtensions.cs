using Microsoft.AspNetCore.HttpOverrides;

namespace SahkoinenPerhekeskus.Web.Security;

/// <summary>Transport security: HSTS, forwarded headers from a local reverse proxy, and the HTTPS decision.</summary>
public static class SecurityServiceCollectionExtensions
{
    public static IServiceCollection AddPerhekeskusSecurity(this IServiceCollection services)
    {
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });

        // TLS is expected to end at a reverse proxy on the same machine; trusting X-Forwarded-Proto from
        // loopback (the default KnownProxies) lets HSTS and absolute URLs see the request as https.
        services.Configure<ForwardedHeadersOptions>(options =>
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);

        return services;
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
