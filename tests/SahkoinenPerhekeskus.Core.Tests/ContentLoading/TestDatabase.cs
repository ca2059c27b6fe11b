using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using SahkoinenPerhekeskus.Core.ContentLoading;
using SahkoinenPerhekeskus.Testing;

namespace SahkoinenPerhekeskus.Core.Tests.ContentLoading;

/// <summary>
/// A real database with the real migrations applied: a SQLite file, or a fresh PostgreSQL database on the
/// test server. Persistence tests take the provider as a theory argument so both run the same assertions.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFile;
    private readonly PostgresDatabase? _postgres;

    private TestDatabase(string? sqliteFile, PostgresDatabase? postgres)
    {
        _sqliteFile = sqliteFile;
        _postgres = postgres;
    }

    /// <summary>SQLite always; PostgreSQL when a test server is configured, and always on CI (where a missing server fails).</summary>
    public static TheoryData<string> Providers
    {
        get
        {
            var data = new TheoryData<string> { "sqlite" };
            if (PostgresTestEnvironment.SkipReason is null)
            {
                data.Add("postgres");
            }

            return data;
        }
    }

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        if (provider == "sqlite")
        {
            return new TestDatabase(Path.Combine(Path.GetTempPath(), "pk-test-" + Guid.NewGuid().ToString("N") + ".db"), null);
        }

        PostgresTestEnvironment.RequireConnectionString();
        var postgres = new PostgresDatabase();
        await postgres.InitializeAsync();
        return new TestDatabase(null, postgres);
    }

    public PerhekeskusDbContext NewContext()
    {
        PerhekeskusDbContext db = _postgres is null
            ? new SqlitePerhekeskusDbContext(new DbContextOptionsBuilder<SqlitePerhekeskusDbContext>()
                .UseSqlite($"Data Source={_sqliteFile};Foreign Keys=True").Options)
            : new PostgresPerhekeskusDbContext(new DbContextOptionsBuilder<PostgresPerhekeskusDbContext>()
                .UseNpgsql(_postgres.ConnectionString).Options);
        db.Database.Migrate();
        return db;
    }

    public static ContentLoader Loader(PerhekeskusDbContext db, string contentDirectory) =>
        new(db, new DataPaths(new PerhekeskusOptions { ContentDirectory = contentDirectory, DataDirectory = Path.GetTempPath() }),
            TimeProvider.System, NullLogger<ContentLoader>.Instance);

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            File.Delete(_sqliteFile);
        }
    }
}
