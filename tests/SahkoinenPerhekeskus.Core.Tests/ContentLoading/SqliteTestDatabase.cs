using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SahkoinenPerhekeskus.Core.ContentLoading;
using SahkoinenPerhekeskus.Core.Data;

namespace SahkoinenPerhekeskus.Core.Tests.ContentLoading;

/// <summary>A real SQLite file with the real migrations applied, deleted afterwards.</summary>
public sealed class SqliteTestDatabase : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "pk-test-" + Guid.NewGuid().ToString("N") + ".db");

    public PerhekeskusDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<SqlitePerhekeskusDbContext>()
            .UseSqlite($"Data Source={_file};Foreign Keys=True").Options;
        var db = new SqlitePerhekeskusDbContext(options);
        db.Database.Migrate();
        return db;
    }

    public static ContentLoader Loader(PerhekeskusDbContext db, string contentDirectory) =>
        new(db, new DataPaths(new PerhekeskusOptions { ContentDirectory = contentDirectory, DataDirectory = Path.GetTempPath() }),
            TimeProvider.System, NullLogger<ContentLoader>.Instance);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
