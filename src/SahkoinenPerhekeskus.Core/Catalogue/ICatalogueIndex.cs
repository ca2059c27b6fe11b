namespace SahkoinenPerhekeskus.Core.Catalogue;

/// <summary>
/// The derived search index as the catalogue sees it. Editors' actions call it synchronously, so a publish is
/// searchable and an unpublish gone when the request returns.
/// </summary>
public interface ICatalogueIndex
{
    /// <summary>Re-reads the service from the database: indexes it when published, removes it otherwise.</summary>
    Task ServiceChangedAsync(int serviceId, CancellationToken ct);

    /// <summary>Rebuilds everything, e.g. after a change to service types, taxonomies or municipalities.</summary>
    Task RebuildAsync(IProgress<int>? progress, CancellationToken ct);

    /// <summary>
    /// Re-reads the admin synonym rules, so the next search uses them. Synonyms are expanded at query time:
    /// nothing is reindexed.
    /// </summary>
    Task SynonymsChangedAsync(CancellationToken ct);
}
