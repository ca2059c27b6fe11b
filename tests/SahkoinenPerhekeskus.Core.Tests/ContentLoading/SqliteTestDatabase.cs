using SahkoinenPerhekeskus.Core.ContentLoading;

namespace SahkoinenPerhekeskus.Core.Tests.ContentLoading;

/// <summary>A synchronous SQLite-only <see cref="TestDatabase"/> for fixtures that are built in a constructor.</summary>
public sealed class SqliteTestDatabase : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.CreateAsync("sqlite").GetAwaiter().GetResult();

    public PerhekeskusDbContext NewContext() => _database.NewContext();

    public static ContentLoader Loader(PerhekeskusDbContext db, string contentDirectory) => TestDatabase.Loader(db, contentDirectory);

    public void Dispose() => _database.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
