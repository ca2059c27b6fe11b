namespace SahkoinenPerhekeskus.Core.Catalogue;

/// <param name="Changes">Outbox rows read.</param>
/// <param name="Services">Services re-read (or, after a rebuild, documents in the index).</param>
/// <param name="Rebuilt">Whether the index was rebuilt instead of updated.</param>
public sealed record CatchUpResult(int Changes, int Services, bool Rebuilt);

/// <summary>
/// The search index as the catalogue's writers see it. Writers do not tell it what changed: every SaveChanges leaves
/// outbox rows (<see cref="Changes.CatalogueChange"/>), and catching up applies them.
/// </summary>
public interface ICatalogueIndex
{
    /// <summary>
    /// Applies every change committed since the index's last one: services re-read (indexed when published, removed
    /// otherwise), the services of an edited service type, term, organisation or municipality re-read, the structure
    /// cache and the admin synonyms reloaded. Cheap when nothing changed (one query).
    /// </summary>
    Task<CatchUpResult> CatchUpAsync(CancellationToken ct);

    /// <summary>Rebuilds everything from the database (the reindex verb, a stale or missing index).</summary>
    Task RebuildAsync(IProgress<int>? progress, CancellationToken ct);
}
