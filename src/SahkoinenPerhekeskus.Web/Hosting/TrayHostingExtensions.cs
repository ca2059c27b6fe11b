using SahkoinenPerhekeskus.Web.Api.V1;
using SahkoinenPerhekeskus.Web.Discovery;
using SahkoinenPerhekeskus.Web.Pages.Haku;

namespace SahkoinenPerhekeskus.Web.Hosting;

/// <summary>
/// The family's search: the /haku page and the /api/v1 JSON contract share one validator and one search; and what
/// crawlers and feed readers fetch (robots.txt, sitemap.xml, the Atom news feed).
/// </summary>
public static class TrayHostingExtensions
{
    public static WebApplicationBuilder AddPerhekeskusTray(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<HakuQueryValidator>();
        builder.Services.AddScoped<HakuSearch>();
        builder.Services.AddSingleton<DemandGate>();
        return builder;
    }

    public static WebApplication MapPerhekeskusTray(this WebApplication app)
    {
        app.MapServicesApi();
        app.MapDiscovery();
        return app;
    }
}
