using Lucene.Net.Index;
using Lucene.Net.Search;
using SahkoinenPerhekeskus.Search.Indexing;

namespace SahkoinenPerhekeskus.Search.Querying;

/// <summary>
/// The hard filters of a query, one per facet dimension (plus age and urgency, which are not facets), so
/// facet counting can leave out the dimension being counted. The facet filters only narrow the matches of
/// the text within the <see cref="Scope"/>: whether a facet value is chosen or counted, it is the same query.
/// </summary>
internal sealed class FilterSet
{
    private const string Age = "age";
    private const string UrgencyDimension = "urgency";

    private readonly Dictionary<string, Query> _byDimension = [];

    private FilterSet()
    {
    }

    public IReadOnlyCollection<string> ActiveDimensions => _byDimension.Keys;

    public static FilterSet From(SearchQuery query)
    {
        var set = new FilterSet();
        if (!string.IsNullOrWhiteSpace(query.MunicipalityCode))
        {
            set._byDimension[FieldNames.Municipality] = AnyOf(
                new TermQuery(new Term(FieldNames.Municipality, query.MunicipalityCode)),
                new TermQuery(new Term(FieldNames.Nationwide, "1")));
        }

        if (query.AgeMonthsFrom is not null || query.AgeMonthsTo is not null)
        {
            set._byDimension[Age] = AgeOverlaps(query.AgeMonthsFrom, query.AgeMonthsTo);
        }

        var groups = query.AgeGroups.ToHashSet(StringComparer.Ordinal);
        if (groups.Count > 0)
        {
            set._byDimension[FieldNames.AgeGroup] = AnyOf([.. query.AgeBands.Where(b => groups.Contains(b.Code)).Select(AgeGroup)]);
        }

        set.AddAnyOf(FieldNames.Need, query.Needs);
        set.AddAnyOf(FieldNames.Channel, query.Channels);
        set.AddAnyOf(FieldNames.Language, query.Languages);
        if (query.FreeOnly)
        {
            set._byDimension[FieldNames.Free] = new TermQuery(new Term(FieldNames.Free, "true"));
        }

        if (query.NoReferralOnly)
        {
            set._byDimension[FieldNames.NoReferral] = new TermQuery(new Term(FieldNames.NoReferral, "true"));
        }

        if (!string.IsNullOrWhiteSpace(query.Urgency))
        {
            set._byDimension[UrgencyDimension] = new TermQuery(new Term(FieldNames.Urgency, query.Urgency));
        }

        return set;
    }

    /// <summary>The filters that are not facets (age in years or months, urgency): they decide what the text is matched against.</summary>
    public Filter? Scope() => Wrap(_byDimension.Where(d => !IsFacet(d.Key)).Select(d => d.Value));

    /// <summary>The facet filters ANDed, except <paramref name="omit"/>; null when no facet is chosen.</summary>
    public Query? Facets(string? omit = null)
    {
        var chosen = _byDimension.Where(d => IsFacet(d.Key) && d.Key != omit).Select(d => d.Value).ToList();
        return chosen.Count == 0 ? null : And(chosen);
    }

    /// <summary>
    /// The one test for an age group, for its filter and its count: the group's months overlap the service's.
    /// A group without months (parents) is not an age, so it matches the services tagged with it instead.
    /// </summary>
    public static Query AgeGroup(AgeBand band) =>
        band.MinMonths is null && band.MaxMonths is null
            ? new TermQuery(new Term(FieldNames.AgeGroup, band.Code))
            : AgeOverlaps(band.MinMonths, band.MaxMonths);

    /// <summary>
    /// A service whose [min, max] months intersect [from, to]: it starts no later than the range ends and ends
    /// no earlier than it starts. Open service bounds are indexed as int.MinValue / int.MaxValue, so a service
    /// without an age range serves every age.
    /// </summary>
    private static BooleanQuery AgeOverlaps(int? from, int? to)
    {
        var age = new BooleanQuery();
        age.Add(NumericRangeQuery.NewInt32Range(FieldNames.MinMonths, null, to, true, true), Occur.MUST);
        age.Add(NumericRangeQuery.NewInt32Range(FieldNames.MaxMonths, from, null, true, true), Occur.MUST);
        return age;
    }

    private static bool IsFacet(string dimension) => FieldNames.FacetDimensions.Contains(dimension);

    private static QueryWrapperFilter? Wrap(IEnumerable<Query> queries)
    {
        var list = queries.ToList();
        return list.Count == 0 ? null : new QueryWrapperFilter(And(list));
    }

    private static BooleanQuery And(IEnumerable<Query> queries)
    {
        var all = new BooleanQuery();
        foreach (var query in queries)
        {
            all.Add(query, Occur.MUST);
        }

        return all;
    }

    private void AddAnyOf(string dimension, IReadOnlyList<string> values)
    {
        var present = values.Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        if (present.Count > 0)
        {
            _byDimension[dimension] = AnyOf(present.Select(v => (Query)new TermQuery(new Term(dimension, v))).ToArray());
        }
    }

    private static BooleanQuery AnyOf(params Query[] queries)
    {
        var any = new BooleanQuery();
        foreach (var query in queries)
        {
            any.Add(query, Occur.SHOULD);
        }

        any.MinimumNumberShouldMatch = 1;
        return any;
    }
}
