using Microsoft.AspNetCore.DataProtection;
using SahkoinenPerhekeskus.Web.UrgentHelp;

namespace SahkoinenPerhekeskus.Web.Hosting;

/// <summary>The catalogue's web side: data start-up, key storage and the services pages read through.</summary>
public static class CatalogueHostingExtensions
{
    public static WebApplicationBuilder AddPerhekeskusCatalogueWeb(this WebApplicationBuilder builder)
    {
        // Keys live in the database, so sign-in cookies and antiforgery tokens survive restarts and work on every
        // node of a deployment; never in $HOME. Keys from the data directory (before ADR 0015) are copied in once.
        builder.Services.AddDataProtection()
            .SetApplicationName("SahkoinenPerhekeskus")
            .PersistKeysToDbContext<PerhekeskusDbContext>();
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
