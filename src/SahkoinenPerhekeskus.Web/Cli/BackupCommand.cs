using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace SahkoinenPerhekeskus.Web.Cli;

/// <summary>
/// A consistent copy of the SQLite database while the site may be running (VACUUM INTO). PostgreSQL has its own
/// tools (pg_dump), which do this better than we could.
/// </summary>
public sealed class BackupCommand : ICommand
{
    public string Verb => "backup";

    public string Usage => "backup <file>   write a consistent copy of the SQLite database";

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
            await Console.Error.WriteLineAsync("The database is PostgreSQL: back it up with pg_dump.");
            return 1;
        }

        var target = Path.GetFullPath(args[0]);
        if (File.Exists(target))
        {
            await Console.Error.WriteLineAsync($"{target} exists already; choose a new file name.");
            return 1;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await using var connection = new SqliteConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(ct);
        await VacuumIntoAsync(connection, target, ct);
        await output.WriteLineAsync($"Backup written to {target} ({new FileInfo(target).Length / 1024} KiB).");
        return 0;
    }

    /// <summary>A transactionally consistent copy of the open database, safe while other connections write.</summary>
    internal static async Task VacuumIntoAsync(SqliteConnection connection, string target, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $target";
        command.Parameters.AddWithValue("$target", target);
        await command.ExecuteNonQueryAsync(ct);
    }
}
