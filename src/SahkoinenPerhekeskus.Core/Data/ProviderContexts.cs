using Microsoft.EntityFrameworkCore.Design;

namespace SahkoinenPerhekeskus.Core.Data;

/// <summary>The embedded default: one SQLite file in the data directory.</summary>
public sealed class SqlitePerhekeskusDbContext(DbContextOptions<SqlitePerhekeskusDbContext> options) : PerhekeskusDbContext(options);

/// <summary>Production and scale-out: a shared PostgreSQL database.</summary>
public sealed class PostgresPerhekeskusDbContext(DbContextOptions<PostgresPerhekeskusDbContext> options) : PerhekeskusDbContext(options)
{
    /// <summary>The channel every node LISTENs on (<c>PostgresCatalogueListener</c> in the web host).</summary>
    public const string ChangeChannel = "perhekeskus_catalogue";

    protected override async Task AfterCatalogueChangeAsync(CancellationToken ct)
    {
        try
        {
            await Database.ExecuteSqlRawAsync("NOTIFY " + ChangeChannel, ct);
        }
        catch (Npgsql.NpgsqlException)
        {
            // The rows are committed; the other nodes' polling picks them up within FollowSeconds.
        }
    }
}

/// <summary>Lets `dotnet ef migrations add` build the SQLite model without starting the web host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePerhekeskusDbContext>
{
    public SqlitePerhekeskusDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePerhekeskusDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets `dotnet ef migrations add` build the PostgreSQL model; no server is contacted.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPerhekeskusDbContext>
{
    public PostgresPerhekeskusDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresPerhekeskusDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
