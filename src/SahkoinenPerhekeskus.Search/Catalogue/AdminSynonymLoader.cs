using Microsoft.EntityFrameworkCore;
using SahkoinenPerhekeskus.Core.Data;

namespace SahkoinenPerhekeskus.Search.Catalogue;

/// <summary>
/// Brings the regional admin's synonym rules from the database into the index. One per process: refreshes are
/// serialised, so a slow refresh that read the rules before a save can never overwrite the one that read them after.
/// </summary>
public sealed class AdminSynonymLoader(IServiceIndex index) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>
    /// Reads the stamp (one small query) and, only when it differs from the set in use, the rules.
    /// </summary>
    /// <returns>True when the index got a new set.</returns>
    public async Task<bool> RefreshAsync(PerhekeskusDbContext db, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var current = await db.Synonyms
                .GroupBy(_ => 1)
                .Select(g => new { Count = g.Count(), MaxId = g.Max(s => s.Id) })
                .FirstOrDefaultAsync(ct);
            if (Stamp(current?.Count ?? 0, current?.MaxId ?? 0) == index.AdminSynonyms.Stamp)
            {
                return false;
            }

            var rows = await db.Synonyms.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, s.Language, s.Rule }).ToListAsync(ct);
            // The stamp of what was read, not of the first query: a save in between is then picked up next time.
            var read = Stamp(rows.Count, rows.Count == 0 ? 0 : rows[^1].Id);
            index.UseAdminSynonyms(new AdminSynonyms(read, [.. rows.Select(r => new AdminSynonymRule(r.Language, r.Rule))]));
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>
    /// Count and highest id identify the rows' content: a save only deletes and inserts whole rows, never edits one,
    /// and ids are never reused (AUTOINCREMENT on SQLite, identity on PostgreSQL). Any insert raises the highest id;
    /// a save that only deletes lowers the count, and a later state with the same pair would hold the same rows.
    /// </summary>
    private static string Stamp(int count, int maxId) => FormattableString.Invariant($"{count}:{maxId}");
}
