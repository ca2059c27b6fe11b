using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using SahkoinenPerhekeskus.Search;
using SahkoinenPerhekeskus.Search.Catalogue;

namespace SahkoinenPerhekeskus.Web.Cli;

/// <summary>
/// After a crash or a restore: does what a start does to the index (rebuild when stale, catch up with the change
/// rows, waiting out a young gap), then checks that the database is sound (SQLite's integrity_check) and that the
/// index holds exactly the published services, each at its current update time. Exit 0 when both hold.
/// </summary>
public sealed class VerifyCommand : ICommand
{
    /// <summary>Longer than <see cref="CatalogueIndex.GapGrace"/>: a transaction killed mid-way leaves a gap that settles in that time.</summary>
    private static readonly TimeSpan CatchUpLimit = CatalogueIndex.GapGrace + TimeSpan.FromSeconds(15);

    public string Verb => "verify";

    public string Usage => "verify   check the database and that the search index equals the published services (ids and versions); stop the site first";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, CancellationToken ct)
    {
        if (args.Count > 0)
        {
            await output.WriteLineAsync("Usage: " + Usage);
            return 2;
        }

        var db = services.GetRequiredService<PerhekeskusDbContext>();
        var integrity = await IntegrityAsync(db, ct);
        await output.WriteLineAsync($"database: {integrity}");

        var catalogue = services.GetRequiredService<CatalogueIndex>();
        var index = services.GetRequiredService<IServiceIndex>();
        var rebuilt = await catalogue.IsStaleAsync(services.GetRequiredService<SearchOptions>().VersionStamp, ct);
        if (rebuilt)
        {
            await catalogue.RebuildAsync(null, ct);
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            await catalogue.CatchUpAsync(ct);
            if (index.AppliedChange >= await catalogue.NewestChangeAsync(ct) || started.Elapsed > CatchUpLimit)
            {
                break;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), ct);
        }

        var expected = await catalogue.ExpectedVersionsAsync(ct);
        var stored = index.StoredVersions();
        var byId = stored.GroupBy(s => s.Id, StringComparer.Ordinal).ToList();
        var duplicates = byId.Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var actual = byId.ToDictionary(g => g.Key, g => g.Max(s => s.Updated), StringComparer.Ordinal);
        var missing = expected.Keys.Where(id => !actual.ContainsKey(id)).ToList();
        var extra = actual.Keys.Where(id => !expected.ContainsKey(id)).ToList();
        var stale = expected.Where(e => actual.TryGetValue(e.Key, out var v) && v != e.Value).Select(e => e.Key).ToList();

        await output.WriteLineAsync(
            $"index: {stored.Count} documents, {expected.Count} published services; {(rebuilt ? "rebuilt (it was stale)" : "caught up")} "
            + $"to change {index.AppliedChange} in {started.Elapsed.TotalSeconds:0.0} s; missing {missing.Count}, extra {extra.Count}, "
            + $"stale {stale.Count}, duplicated {duplicates.Count}");
        foreach (var (label, ids) in new[] { ("missing", missing), ("extra", extra), ("stale", stale), ("duplicated", duplicates) })
        {
            foreach (var id in ids.Take(10))
            {
                await output.WriteLineAsync($"  {label}: {id}");
            }
        }

        return integrity == "ok" && missing.Count + extra.Count + stale.Count + duplicates.Count == 0 ? 0 : 1;
    }

    private static async Task<string> IntegrityAsync(PerhekeskusDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
        {
            // PostgreSQL recovers from its own write-ahead log; what a killed site can break is the data, checked below.
            return await db.Database.CanConnectAsync(ct) ? "ok" : "cannot connect";
        }

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using DbCommand check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            return (string?)await check.ExecuteScalarAsync(ct) ?? "no answer";
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
