using Microsoft.EntityFrameworkCore;
using SahkoinenPerhekeskus.Core.Catalogue;
using SahkoinenPerhekeskus.Core.Catalogue.Changes;
using SahkoinenPerhekeskus.Core.Common;
using SahkoinenPerhekeskus.Core.Data;
using SahkoinenPerhekeskus.Core.Structure;

namespace SahkoinenPerhekeskus.Search.Catalogue;

/// <summary>
/// Keeps the Lucene index in step with the database, which stays the only source of truth: every catalogue write
/// leaves an outbox row (<see cref="CatalogueChange"/>) and <see cref="CatchUpAsync"/> applies the rows after the
/// index's own position. The node that wrote catches up in the same request; the others within a follower tick.
/// </summary>
public sealed class CatalogueIndex(
    PerhekeskusDbContext db, IServiceIndex index, AdminSynonymLoader synonyms, ReferenceData reference, CatchUpGate gate, TimeProvider clock)
    : ICatalogueIndex
{
    /// <summary>Services read from the database at a time while rebuilding.</summary>
    public int BatchSize { get; init; } = 500;

    /// <summary>Past this many services in one catch-up (a bulk import) a rebuild is cheaper than one update each.</summary>
    public int RebuildThreshold { get; init; } = 2000;

    /// <summary>
    /// How long a gap in the change ids may be a transaction still committing (PostgreSQL hands out ids before commit)
    /// rather than one that rolled back. The index does not move past a younger gap, so it cannot skip that change.
    /// </summary>
    public static readonly TimeSpan GapGrace = TimeSpan.FromSeconds(30);

    private const int RowsPerRound = 5000;

    public async Task<CatchUpResult> CatchUpAsync(CancellationToken ct)
    {
        await gate.Lock.WaitAsync(ct);
        try
        {
            var total = new CatchUpResult(0, 0, false);
            while (true)
            {
                var (round, full) = await CatchUpRoundAsync(ct);
                total = new CatchUpResult(total.Changes + round.Changes, total.Services + round.Services, total.Rebuilt || round.Rebuilt);
                if (!full)
                {
                    return total;
                }
            }
        }
        finally
        {
            gate.Lock.Release();
        }
    }

    public async Task RebuildAsync(IProgress<int>? progress, CancellationToken ct)
    {
        await gate.Lock.WaitAsync(ct);
        try
        {
            await RebuildCoreAsync(progress, ct);
        }
        finally
        {
            gate.Lock.Release();
        }
    }

    /// <summary>What the index should hold: each published service's public id and update time, as the mapper stores it.</summary>
    public async Task<IReadOnlyDictionary<string, long>> ExpectedVersionsAsync(CancellationToken ct) =>
        (await db.Services.AsNoTracking().Where(s => s.Status == PublicationStatus.Published).Select(s => new { s.PublicId, s.UpdatedAt }).ToListAsync(ct))
            .ToDictionary(s => s.PublicId, s => new DateTimeOffset(s.UpdatedAt, TimeSpan.Zero).ToUnixTimeSeconds(), StringComparer.Ordinal);

    /// <summary>The newest catalogue change row, which a caught-up index has applied.</summary>
    public async Task<long> NewestChangeAsync(CancellationToken ct) => await db.CatalogueChanges.MaxAsync(c => (long?)c.Id, ct) ?? 0;

    public Task<int> PublishedCountAsync(CancellationToken ct) => db.Services.CountAsync(s => s.Status == PublicationStatus.Published, ct);

    /// <summary>Whether the index must be rebuilt: missing, corrupt, another schema, or not matching the published count.</summary>
    public async Task<bool> IsStaleAsync(string stamp, CancellationToken ct) =>
        index.NeedsRebuild(stamp)
        || index.Status.DocumentCount != await db.Services.CountAsync(s => s.Status == PublicationStatus.Published, ct)
        || await MissedPrunedChangesAsync(index.AppliedChange, ct);

    /// <summary>Deletes change rows older than <paramref name="retention"/>, always keeping the newest.</summary>
    public async Task<int> PruneAsync(TimeSpan retention, CancellationToken ct)
    {
        var newest = await db.CatalogueChanges.MaxAsync(c => (long?)c.Id, ct) ?? 0;
        var cutoff = clock.GetUtcNow().UtcDateTime - retention;
        return await db.CatalogueChanges.Where(c => c.At < cutoff && c.Id < newest).ExecuteDeleteAsync(ct);
    }

    private async Task<(CatchUpResult Result, bool Full)> CatchUpRoundAsync(CancellationToken ct)
    {
        var position = index.AppliedChange;
        var rows = await db.CatalogueChanges.AsNoTracking().Where(c => c.Id > position).OrderBy(c => c.Id).Take(RowsPerRound).ToListAsync(ct);
        if (rows.Count == 0)
        {
            return (new CatchUpResult(0, 0, false), false);
        }

        var next = Advance(position, rows, clock.GetUtcNow().UtcDateTime - GapGrace);
        if (rows.Any(r => r.Kind == CatalogueChangeKind.Structure))
        {
            reference.Invalidate();
        }

        if (rows.Any(r => r.Kind == CatalogueChangeKind.Synonyms))
        {
            await synonyms.RefreshAsync(db, ct);
        }

        if (await MissedPrunedChangesAsync(position, ct))
        {
            await RebuildCoreAsync(null, ct);
            return (new CatchUpResult(rows.Count, index.Status.DocumentCount, true), false);
        }

        var publicIds = await AffectedServicesAsync(rows, ct);
        if (publicIds.Count > RebuildThreshold)
        {
            await RebuildCoreAsync(null, ct);
            return (new CatchUpResult(rows.Count, publicIds.Count, true), false);
        }

        var municipalities = await db.Municipalities.AsNoTracking().ToListAsync(ct);
        var upserts = new List<SearchDocument>();
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in publicIds.Chunk(BatchSize))
        {
            var services = await ServiceDocumentMapper.WithIndexData(db.Services.Where(s => chunk.Contains(s.PublicId))).ToListAsync(ct);
            foreach (var service in services.Where(s => s.Status == PublicationStatus.Published))
            {
                upserts.Add(ServiceDocumentMapper.Map(service, municipalities));
                found.Add(service.PublicId);
            }
        }

        index.Apply(upserts, [.. publicIds.Where(p => !found.Contains(p))], next);
        // A round that stopped at a young gap has applied what it read; the rest waits for the next call.
        return (new CatchUpResult(rows.Count, publicIds.Count, false), rows.Count == RowsPerRound && next > position);
    }

    /// <summary>
    /// The new position: the highest id up to which no change can still appear. Ids below the first gap are safe; a
    /// gap is passed once the row after it is older than <see cref="GapGrace"/> (its transaction has had time).
    /// </summary>
    public static long Advance(long position, IReadOnlyList<CatalogueChange> rows, DateTime settledBefore)
    {
        foreach (var row in rows)
        {
            if (row.Id != position + 1 && row.At > settledBefore)
            {
                break;
            }

            position = row.Id;
        }

        return position;
    }

    /// <summary>The public ids of every service the rows touch: named ones, and those showing an edited structure entity.</summary>
    private async Task<List<string>> AffectedServicesAsync(IReadOnlyList<CatalogueChange> rows, CancellationToken ct)
    {
        var ids = new HashSet<string>(rows.Where(r => r.ServicePublicId is not null).Select(r => r.ServicePublicId!), StringComparer.Ordinal);
        var rowIds = rows.Where(r => r.ServiceId is not null).Select(r => r.ServiceId!.Value).Distinct().ToList();
        if (rowIds.Count > 0)
        {
            ids.UnionWith(await db.Services.Where(s => rowIds.Contains(s.Id)).Select(s => s.PublicId).ToListAsync(ct));
        }

        foreach (var group in rows.Where(r => r.Kind == CatalogueChangeKind.Structure && r.EntityId is not null).GroupBy(r => r.Entity))
        {
            var x = group.Select(r => r.EntityId!.Value).Distinct().ToList();
            var showing = group.Key switch
            {
                nameof(ServiceType) => db.Services.Where(s => s.ServiceTypeId != null && x.Contains(s.ServiceTypeId.Value)),
                nameof(Organisation) => db.Services.Where(s => x.Contains(s.OrganisationId)),
                "TaxonomyTerm" => db.Services.Where(s => s.Needs.Any(t => x.Contains(t.Id)) || s.AgeGroups.Any(t => x.Contains(t.Id))),
                // Area and region services are expanded to the municipalities they serve, so they show every municipality.
                nameof(Municipality) => db.Services.Where(s => s.Coverage != ServiceCoverage.Local || s.Municipalities.Any(m => x.Contains(m.Id))),
                nameof(Area) => db.Services.Where(s => s.Coverage != ServiceCoverage.Local || s.Municipalities.Any(m => x.Contains(m.AreaId))),
                _ => db.Services.Where(_ => false),
            };
            ids.UnionWith(await showing.Select(s => s.PublicId).ToListAsync(ct));
        }

        return [.. ids.Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// True when rows this index never applied may have been pruned: its position row is gone (pruning keeps the newest
    /// row, so a current index always finds its own).
    /// </summary>
    private async Task<bool> MissedPrunedChangesAsync(long position, CancellationToken ct) =>
        position > 0 && !await db.CatalogueChanges.AnyAsync(c => c.Id == position, ct) && await db.CatalogueChanges.AnyAsync(c => c.Id > position, ct);

    private async Task RebuildCoreAsync(IProgress<int>? progress, CancellationToken ct)
    {
        // Up to the settled rows, then on through the young ones as far as they have no gap; rows past the position
        // are applied again by the next catch-up, which is harmless (re-reading a service is idempotent).
        var settled = clock.GetUtcNow().UtcDateTime - GapGrace;
        var position = await db.CatalogueChanges.Where(c => c.At <= settled).MaxAsync(c => (long?)c.Id, ct) ?? 0;
        var young = await db.CatalogueChanges.AsNoTracking().Where(c => c.Id > position).OrderBy(c => c.Id).ToListAsync(ct);
        position = Advance(position, young, settled);
        var municipalities = await db.Municipalities.AsNoTracking().ToListAsync(ct);
        index.Rebuild(PublishedDocuments(municipalities, ct), progress, position);
    }

    /// <summary>
    /// The published services as index documents, read in batches by id, so a rebuild holds one batch in memory rather
    /// than the whole catalogue (a 50,000-service import used to peak at over 1 GB here). The index writer consumes it
    /// synchronously, hence the synchronous queries; it can be enumerated again if the writer has to start over.
    /// </summary>
    private IEnumerable<SearchDocument> PublishedDocuments(IReadOnlyList<Municipality> municipalities, CancellationToken ct)
    {
        var after = 0;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var batch = ServiceDocumentMapper.WithIndexData(db.Services.Where(s => s.Status == PublicationStatus.Published && s.Id > after).OrderBy(s => s.Id).Take(BatchSize)).ToList();
            foreach (var service in batch)
            {
                yield return ServiceDocumentMapper.Map(service, municipalities);
            }

            if (batch.Count < BatchSize)
            {
                yield break;
            }

            after = batch[^1].Id;
        }
    }
}

/// <summary>One per process: the request that wrote and the follower never apply changes at the same time.</summary>
public sealed class CatchUpGate : IDisposable
{
    public SemaphoreSlim Lock { get; } = new(1, 1);

    public void Dispose() => Lock.Dispose();
}
