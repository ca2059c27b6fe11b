using Microsoft.EntityFrameworkCore;
using SahkoinenPerhekeskus.Core.Catalogue;
using SahkoinenPerhekeskus.Core.Common;
using SahkoinenPerhekeskus.Core.Data;
using SahkoinenPerhekeskus.Core.Structure;

namespace SahkoinenPerhekeskus.Search.Catalogue;

/// <summary>Keeps the Lucene index in step with the database, which stays the only source of truth.</summary>
public sealed class CatalogueIndex(PerhekeskusDbContext db, IServiceIndex index, AdminSynonymLoader synonyms) : ICatalogueIndex
{
    /// <summary>Services read from the database at a time while rebuilding.</summary>
    public int BatchSize { get; init; } = 500;

    public async Task ServiceChangedAsync(int serviceId, CancellationToken ct)
    {
        var service = await ServiceDocumentMapper.WithIndexData(db.Services).FirstOrDefaultAsync(s => s.Id == serviceId, ct);
        if (service is null)
        {
            return;
        }

        if (service.Status == PublicationStatus.Published)
        {
            index.Upsert(ServiceDocumentMapper.Map(service, await db.Municipalities.AsNoTracking().ToListAsync(ct)));
        }
        else
        {
            index.Delete(service.PublicId);
        }
    }

    public async Task RebuildAsync(IProgress<int>? progress, CancellationToken ct)
    {
        var municipalities = await db.Municipalities.AsNoTracking().ToListAsync(ct);
        index.Rebuild(PublishedDocuments(municipalities, ct), progress);
    }

    public Task SynonymsChangedAsync(CancellationToken ct) => synonyms.RefreshAsync(db, ct);

    public Task<int> PublishedCountAsync(CancellationToken ct) => db.Services.CountAsync(s => s.Status == PublicationStatus.Published, ct);

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

    /// <summary>Whether the index must be rebuilt: missing, corrupt, another schema, or not matching the published count.</summary>
    public async Task<bool> IsStaleAsync(string stamp, CancellationToken ct) =>
        index.NeedsRebuild(stamp)
        || index.Status.DocumentCount != await db.Services.CountAsync(s => s.Status == PublicationStatus.Published, ct);
}
