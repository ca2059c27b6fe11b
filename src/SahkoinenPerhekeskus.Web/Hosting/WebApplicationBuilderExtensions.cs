using Microsoft.AspNetCore.ResponseCompression;
using SahkoinenPerhekeskus.Web.Security;
using SahkoinenPerhekeskus.Web.Telemetry;

namespace SahkoinenPerhekeskus.Web.Hosting;

/// <summary>
/// Everything the web app registers, one line per concern. Add new concerns (Core, Search, editors' area)
/// as their own <c>AddXxx</c> calls in <see cref="AddPerhekeskusWeb"/> or next to it in Program.cs.
/// </summary>
public static class WebApplicationBuilderExtensions
{
    public static WebApplicationBuilder AddPerhekeskusWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.UsePerhekeskusWebRoot();
        builder.Host.UseDefaultServiceProvider(options =>
        {
            options.ValidateOnBuild = true;
            options.ValidateScopes = true;
        });
        builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
        builder.AddPerhekeskusTelemetry();

        var services = builder.Services;
        services.AddPerhekeskusLocalization(builder.Configuration);
        services.AddPerhekeskusSecurity(builder.Configuration);
        services.AddPerhekeskusRateLimiting(builder.Configuration);
        services.AddPerhekeskusCompression();
        services.AddRazorPages().AddPerhekeskusLocalization();

        return builder;
    }

    private static IServiceCollection AddPerhekeskusCompression(this IServiceCollection services) =>
        services.AddResponseCompression(options =>
        {
            // Public pages carry no secrets next to reflected input (the search form is GET, no token), so
            // BREACH does not apply; the editors' area is kept out of compression in the pipeline.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "application/atom+xml"]);
        });
}
