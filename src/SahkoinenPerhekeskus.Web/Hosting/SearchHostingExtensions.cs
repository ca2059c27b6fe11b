using SahkoinenPerhekeskus.Core.Catalogue;
using SahkoinenPerhekeskus.Search;
using SahkoinenPerhekeskus.Search.Catalogue;
using SahkoinenPerhekeskus.Web.Pages.Haku;

namespace SahkoinenPerhekeskus.Web.Hosting;

/// <summary>The search index: one per node, in the data directory, derived from the database.</summary>
public static partial class SearchHostingExtensions
{
    public static WebApplicationBuilder AddPerhekeskusSearchWeb(this WebApplicationBuilder builder)
    {
        var disableVoikko = builder.Configuration.GetValue<bool>("Perhekeskus:Search:DisableVoikko");
        builder.Services.AddPerhekeskusSearch(sp =>
        {
            var paths = sp.GetRequiredService<DataPaths>();
            return new SearchOptions { IndexPath = paths.IndexDirectory, ContentPath = paths.ContentDirectory, DisableVoikko = disableVoikko };
        });
        builder.Services.AddSingleton<AdminSynonymLoader>();
        builder.Services.AddSingleton<CatchUpGate>();
        var followSeconds = builder.Configuration.GetValue("Perhekeskus:Search:FollowSeconds", 5);
        var retentionDays = builder.Configuration.GetValue("Perhekeskus:Search:ChangeRetentionDays", 7);
        builder.Services.AddSingleton(new CatalogueFollowerOptions(TimeSpan.FromSeconds(Math.Max(1, followSeconds)), TimeSpan.FromDays(Math.Max(1, retentionDays))));
        builder.Services.AddSingleton<CatalogueSignal>();
        builder.Services.AddHostedService<CatalogueFollower>();
        if (string.Equals(builder.Configuration["Perhekeskus:Database:Provider"], "postgres", StringComparison.OrdinalIgnoreCase)
            && builder.Configuration.GetConnectionString("Postgres") is { Length: > 0 } postgres)
        {
            builder.Services.AddHostedService(sp => new PostgresCatalogueListener(postgres, sp.GetRequiredService<CatalogueSignal>(), sp.GetRequiredService<ILogger<PostgresCatalogueListener>>()));
        }

        builder.Services.AddScoped<CatalogueIndex>();
        builder.Services.AddScoped<ICatalogueIndex>(sp => sp.GetRequiredService<CatalogueIndex>());
        return builder;
    }

    /// <summary>
    /// Rebuilds the index at start-up when it is missing, corrupt, of another version or out of step with the database,
    /// applies the changes committed while this node was down, and loads the admin synonyms so that the first search
    /// already has them.
    /// </summary>
    public static async Task EnsurePerhekeskusSearchIndexAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var catalogueIndex = scope.ServiceProvider.GetRequiredService<CatalogueIndex>();
        var index = scope.ServiceProvider.GetRequiredService<IServiceIndex>();
        var stamp = scope.ServiceProvider.GetRequiredService<SearchOptions>().VersionStamp;
        if (await catalogueIndex.IsStaleAsync(stamp, CancellationToken.None))
        {
            LogRebuilding(app.Logger, index.Status.Analyser);
            await catalogueIndex.RebuildAsync(null, CancellationToken.None);
        }

        await catalogueIndex.CatchUpAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<AdminSynonymLoader>().RefreshAsync(scope.ServiceProvider.GetRequiredService<PerhekeskusDbContext>(), CancellationToken.None);

        LogReady(app.Logger, index.Status.Analyser, index.Status.DocumentCount);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index is missing or stale: rebuilding with the {Analyser} analyser")]
    private static partial void LogRebuilding(ILogger logger, string analyser);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index ready: analyser {Analyser}, {Count} services")]
    private static partial void LogReady(ILogger logger, string analyser, int count);
}
