using SahkoinenPerhekeskus.Core.Taxonomy;

namespace SahkoinenPerhekeskus.Core.Structure;

/// <summary>
/// The regional structure as one immutable read: municipalities (with their areas) and taxonomy terms. Treat the
/// entities as read-only; they are shared by every request of the node.
/// </summary>
public sealed class ReferenceSnapshot
{
    private readonly Dictionary<string, Municipality> byCode;

    public ReferenceSnapshot(IReadOnlyList<Municipality> municipalities, IReadOnlyList<TaxonomyTerm> terms)
    {
        Municipalities = municipalities;
        Terms = terms;
        byCode = municipalities.ToDictionary(m => m.Code, StringComparer.Ordinal);
        NeedCodes = terms.Where(t => t.Taxonomy == TaxonomyKind.Need).Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        AgeGroupCodes = terms.Where(t => t.Taxonomy == TaxonomyKind.AgeGroup).Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Ordered by Finnish name.</summary>
    public IReadOnlyList<Municipality> Municipalities { get; }

    /// <summary>Ordered by sort order, then code.</summary>
    public IReadOnlyList<TaxonomyTerm> Terms { get; }

    public IReadOnlySet<string> NeedCodes { get; }

    public IReadOnlySet<string> AgeGroupCodes { get; }

    public Municipality? Municipality(string code) => byCode.GetValueOrDefault(code);

    /// <summary>A municipality by its Statistics Finland code, slug, or exact Finnish or Swedish name.</summary>
    public Municipality? FindMunicipality(string input)
    {
        var lower = input.ToLowerInvariant();
        return byCode.GetValueOrDefault(input)
            ?? Municipalities.FirstOrDefault(m => m.Slug == lower || m.Name.Fi == input || m.Name.Sv == input);
    }
}

/// <summary>
/// Caches <see cref="ReferenceSnapshot"/> per node, so a search does not read the structure from the database again
/// and again. A structure edit on this node empties it at once; a change made elsewhere (another node, a
/// command-line import) shows within <see cref="MaxAge"/>.
/// </summary>
public sealed class ReferenceData(TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly Lock gate = new();
    private ReferenceSnapshot? current;
    private DateTimeOffset loadedAt;
    private long generation;

    public async Task<ReferenceSnapshot> GetAsync(PerhekeskusDbContext db, CancellationToken ct)
    {
        long seen;
        lock (gate)
        {
            if (current is not null && clock.GetUtcNow() - loadedAt < MaxAge)
            {
                return current;
            }

            seen = generation;
        }

        var started = clock.GetUtcNow();
        var municipalities = await db.Municipalities.AsNoTracking().Include(m => m.Area).OrderBy(m => m.Name.Fi).ThenBy(m => m.Code).ToListAsync(ct);
        var terms = await db.TaxonomyTerms.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Code).ToListAsync(ct);
        var snapshot = new ReferenceSnapshot(municipalities, terms);
        lock (gate)
        {
            // A change applied while we read would be missing from this snapshot: use it once, do not keep it.
            if (generation == seen)
            {
                current = snapshot;
                loadedAt = started;
            }
        }

        return snapshot;
    }

    public void Invalidate()
    {
        lock (gate)
        {
            current = null;
            generation++;
        }
    }
}
