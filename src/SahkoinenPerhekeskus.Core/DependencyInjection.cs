using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SahkoinenPerhekeskus.Core.ContentLoading;
using SahkoinenPerhekeskus.Core.Feedback;

namespace SahkoinenPerhekeskus.Core;

public static class DependencyInjection
{
    public static IServiceCollection AddPerhekeskusCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PerhekeskusOptions>().Bind(configuration.GetSection(PerhekeskusOptions.Section));
        services.AddSingleton(sp => new DataPaths(sp.GetRequiredService<IOptions<PerhekeskusOptions>>().Value));
        services.AddSingleton(TimeProvider.System);

        var provider = configuration[$"{PerhekeskusOptions.Section}:Database:Provider"] ?? "sqlite";
        if (string.Equals(provider, "postgres", StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = configuration.GetConnectionString("Postgres")
                ?? throw new InvalidOperationException("Perhekeskus:Database:Provider is 'postgres' but ConnectionStrings:Postgres is not set.");
            services.AddDbContext<PostgresPerhekeskusDbContext>(o => o.UseNpgsql(connectionString));
            services.AddScoped<PerhekeskusDbContext>(sp => WithClock(sp, sp.GetRequiredService<PostgresPerhekeskusDbContext>()));
        }
        else if (string.Equals(provider, "sqlite", StringComparison.OrdinalIgnoreCase))
        {
            services.AddDbContext<SqlitePerhekeskusDbContext>((sp, o) =>
            {
                var paths = sp.GetRequiredService<DataPaths>();
                paths.EnsureCreated();
                o.UseSqlite($"Data Source={paths.SqliteFile};Foreign Keys=True");
            });
            services.AddScoped<PerhekeskusDbContext>(sp => WithClock(sp, sp.GetRequiredService<SqlitePerhekeskusDbContext>()));
        }
        else
        {
            throw new InvalidOperationException($"Unknown Perhekeskus:Database:Provider '{provider}': use 'sqlite' or 'postgres'.");
        }

        services.AddSingleton<NodeIdentity>();
        services.AddScoped<JobLeases>();
        services.AddScoped<ContentLoader>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<Catalogue.Queries.CatalogueQueries>();
        services.AddScoped<Catalogue.Queries.MunicipalityTray>();
        services.AddScoped<Catalogue.Queries.AreaTray>();
        services.AddSingleton<Structure.ReferenceData>();
        services.AddSingleton<Catalogue.OpenNow>();
        services.AddSingleton<Publishing.MarkdownRenderer>();

        // The back office's rules: the web adds Identity, pages and authorization around them.
        services.AddScoped<Accounts.AccountService>();
        services.AddScoped<Accounts.AccountAdministration>();
        services.AddScoped<Editorial.AuditLog>();
        services.AddScoped<Editorial.ServiceSnapshotMapper>();
        services.AddScoped<Editorial.ServiceEditor>();
        services.AddScoped<Editorial.ServiceScheduler>();
        services.AddScoped<Editorial.EditorialQueries>();
        services.AddScoped<Editorial.CoverageService>();
        services.AddScoped<Editorial.StructureEditor>();
        services.AddScoped<Editorial.SynonymEditor>();
        services.AddScoped<Publishing.PageEditor>();

        // Importers are scoped, like the DbContext they write through.
        services.AddScoped<Hsds.Import.HsdsImporter>();
        services.AddScoped<Ptv.PtvImporter>();

        services.AddFeedbackServices(configuration);
        return services;
    }

    /// <summary>The outbox rows carry the host's clock, which tests replace with a fake one.</summary>
    private static PerhekeskusDbContext WithClock(IServiceProvider services, PerhekeskusDbContext db)
    {
        db.Clock = services.GetRequiredService<TimeProvider>();
        return db;
    }
}
