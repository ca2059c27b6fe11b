using Microsoft.EntityFrameworkCore;
using SahkoinenPerhekeskus.Core.Catalogue;
using SahkoinenPerhekeskus.Core.Common;
using SahkoinenPerhekeskus.Core.Data;

namespace SahkoinenPerhekeskus.Search.Catalogue;

/// <summary>Keeps the Lucene index in step with the database, which stays the only source of truth.</summary>
public sealed class CatalogueIndex(PerhekeskusDbContext db, IServiceIndex index) : ICatalogueIndex
{
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
        index.Rebuild(await LoadDocumentsAsync(ct), progress);
    }

    public async Task<List<SearchDocument>> LoadDocumentsAsync(CancellationToken ct)
    {
        var municipalities = await db.Municipalities.AsNoTracking().ToListAsync(ct);
        var services = await ServiceDocumentMapper.WithIndexData(db.Services.Where(s => s.Status == PublicationStatus.Published)).ToListAsync(ct);
        return [.. services.Select(s => ServiceDocumentMapper.Map(s, municipalities))];
    }

    /// <summary>Whether the index must be rebuilt: missing, corrupt, another schema, or not matching the published count.</summary>
    public async Task<bool> IsStaleAsync(string stamp, CancellationToken ct) =>
        index.NeedsRebuild(stamp)
        || index.Status.DocumentCount != await db.Services.CountAsync(s => s.Status == PublicationStatus.Published, ct);
}
