using Microsoft.AspNetCore.DataProtection;
using SahkoinenPerhekeskus.Core;
using SahkoinenPerhekeskus.Web.UrgentHelp;

namespace SahkoinenPerhekeskus.Web.Hosting;

/// <summary>The catalogue's web side: data start-up, key storage and the services pages read through.</summary>
public static class CatalogueHostingExtensions
{
    public static WebApplicationBuilder AddPerhekeskusCatalogueWeb(this WebApplicationBuilder builder)
    {
        // Keys live in the data directory, so antiforgery tokens survive restarts and every node of a deployment
        // that shares the directory can read them; never in $HOME.
        var paths = new DataPaths(builder.Configuration.GetSection(PerhekeskusOptions.Section).Get<PerhekeskusOptions>() ?? new());
        builder.Services.AddDataProtection()
            .SetApplicationName("SahkoinenPerhekeskus")
            .PersistKeysToFileSystem(new DirectoryInfo(paths.KeysDirectory));
        builder.Services.AddScoped<IUrgentHelpSource, CatalogueUrgentHelpSource>();
        return builder;
    }

    /// <summary>Migrates the database and loads the demo content into an empty one before the first request.</summary>
    public static async Task InitializePerhekeskusDataAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }
}
