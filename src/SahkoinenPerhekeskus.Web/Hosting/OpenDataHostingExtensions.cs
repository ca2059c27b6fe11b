using SahkoinenPerhekeskus.Core.Hsds.Export;
using SahkoinenPerhekeskus.Web.Api.Hsds;
using SahkoinenPerhekeskus.Web.Api.OpenApi;
using SahkoinenPerhekeskus.Web.Cli;

namespace SahkoinenPerhekeskus.Web.Hosting;

/// <summary>Open data in and out: the HSDS read API and export, the importers, and the OpenAPI document.</summary>
public static class OpenDataHostingExtensions
{
    public static WebApplicationBuilder AddPerhekeskusOpenData(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpClient<PtvDownloader>(http => http.Timeout = TimeSpan.FromMinutes(5));
        services.AddScoped<HsdsExporter>();
        services.AddScoped<HsdsCatalogue>();
        services.AddPerhekeskusOpenApi();
        return builder;
    }

    public static IEndpointRouteBuilder MapPerhekeskusOpenData(this IEndpointRouteBuilder app)
    {
        app.MapHsdsApi();
        app.MapPerhekeskusOpenApi();
        return app;
    }
}
