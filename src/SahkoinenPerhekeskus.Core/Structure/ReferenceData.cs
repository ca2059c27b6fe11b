using SahkoinenPerhekeskus.Core.Taxonomy;

namespace SahkoinenPerhekeskus.Core.Structure;

/// <summary>
/// The regional structure as one immutable read: municipalities (with their areas) and taxonomy terms. Treat the
/// entities as read-only; they are shared by every request of the node.
/// </summary>
public sealed class ReferenceSnapshot
{
    private readonly Dictionary<string, Municipality> _byCode;

    public ReferenceSnapshot(IReadOnlyList<Municipality> municipalities, IReadOnlyList<TaxonomyTerm> terms)
    {
        Municipalities = municipalities;
        Terms = terms;
        _byCode = municipalities.ToDictionary(m => m.Code, StringComparer.Ordinal);
        NeedCodes = terms.Where(t => t.Taxonomy == TaxonomyKind.Need).Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        AgeGroupCodes = terms.Where(t => t.Taxonomy == TaxonomyKind.AgeGroup).Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Ordered by Finnish name.</summary>
    public IReadOnlyList<Municipality> Municipalities { get; }

    /// <summary>Ordered by sort order, then code.</summary>
    public IReadOnlyList<TaxonomyTerm> Terms { get; }

    public IReadOnlySet<string> NeedCodes { get; }

    public IReadOnlySet<string> AgeGroupCodes { get; }

    public Municipality? Municipality(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>A municipality by its Statistics Finland code, slug, or exact Finnish or Swedish name.</summary>
    public Municipality? FindMunicipality(string input)
    {
        var lower = input.ToLowerInvariant();
        return _byCode.GetValueOrDefault(input)
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

    private readonly Lock _gate = new();
    private ReferenceSnapshot? _current;
    private DateTimeOffset _loadedAt;
    private long _generation;

    public async Task<ReferenceSnapshot> GetAsync(PerhekeskusDbContext db, CancellationToken ct)
    {
        long seen;
        lock (_gate)
        {
            if (_current is not null && clock.GetUtcNow() - _loadedAt < MaxAge)
            {
                return _current;
            }

            seen = _generation;
        }

        var started = clock.GetUtcNow();
        var municipalities = await db.Municipalities.AsNoTracking().Include(m => m.Area).OrderBy(m => m.Name.Fi).ThenBy(m => m.Code).ToListAsync(ct);
        var terms = await db.TaxonomyTerms.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Code).ToListAsync(ct);
        var snapshot = new ReferenceSnapshot(municipalities, terms);
        lock (_gate)
        {
            // A change applied while we read would be missing from this snapshot: use it once, do not keep it.
            if (_generation == seen)
            {
                _current = snapshot;
                _loadedAt = started;
            }
        }

        return snapshot;
    }

    public void Invalidate()
    {
        lock (_gate)
        {
            _current = null;
            _generation++;
        }
    }
}
