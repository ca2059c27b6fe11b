using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SahkoinenPerhekeskus.Search.Catalogue;

namespace SahkoinenPerhekeskus.Web.Cli;

/// <summary>
/// Puts a <c>backup</c> file back as the SQLite database: the file is checked first (an SQLite file of this
/// product that passes <c>PRAGMA integrity_check</c>), the current database is kept next to it, the backup is copied
/// in with SQLite's online backup, migrations bring an older backup up to date, and the search index is rebuilt
/// from the restored data. Stop the site first: a running site would keep serving its index of the old data.
/// </summary>
public sealed class RestoreCommand : ICommand
{
    public string Verb => "restore";

    public string Usage => "restore <file>   replace the SQLite database with a backup (the current one is kept as <db>.before-restore-<time>), then rebuild the index; stop the site first";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, CancellationToken ct)
    {
        if (args.Count != 1)
        {
            await output.WriteLineAsync("Usage: " + Usage);
            return 2;
        }

        var db = services.GetRequiredService<PerhekeskusDbContext>();
        if (!db.Database.IsSqlite())
        {
            await Console.Error.WriteLineAsync("The database is PostgreSQL: restore it with pg_restore.");
            return 1;
        }

        var source = Path.GetFullPath(args[0]);
        if (await CheckBackupAsync(source, ct) is { } problem)
        {
            await Console.Error.WriteLineAsync($"{source}: {problem}. Nothing was changed.");
            return 1;
        }

        await using var target = new SqliteConnection(db.Database.GetConnectionString());
        await target.OpenAsync(ct);
        var kept = target.DataSource + ".before-restore-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        await BackupCommand.VacuumIntoAsync(target, kept, ct);

        await using (var backup = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly }.ToString()))
        {
            await backup.OpenAsync(ct);
            backup.BackupDatabase(target);
        }

        SqliteConnection.ClearAllPools();
        await db.Database.MigrateAsync(ct);
        await output.WriteLineAsync($"Restored {source}; the previous database is kept as {kept}.");
        var catalogue = services.GetRequiredService<CatalogueIndex>();
        await catalogue.RebuildAsync(null, ct);
        await output.WriteLineAsync($"Search index rebuilt: {await catalogue.PublishedCountAsync(ct)} published services.");
        return 0;
    }

    /// <summary>Why the file cannot be restored, or null when it can.</summary>
    public static async Task<string?> CheckBackupAsync(string file, CancellationToken ct)
    {
        if (!File.Exists(file))
        {
            return "no such file";
        }

        try
        {
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await connection.OpenAsync(ct);
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            var integrity = (string?)await check.ExecuteScalarAsync(ct);
            if (integrity != "ok")
            {
                return $"the file is damaged (integrity check: {integrity})";
            }

            check.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('__EFMigrationsHistory', 'Services', 'Regions')";
            return Convert.ToInt64(await check.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) == 3
                ? null
                : "this is an SQLite file, but not a backup of this site's database";
        }
        catch (SqliteException e)
        {
            return $"not an SQLite database ({e.Message})";
        }
    }
}
