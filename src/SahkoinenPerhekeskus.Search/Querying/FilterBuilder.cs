using Lucene.Net.Index;
using Lucene.Net.Search;
using SahkoinenPerhekeskus.Search.Indexing;

namespace SahkoinenPerhekeskus.Search.Querying;

/// <summary>
/// The hard filters of a query, one per facet dimension (plus age and urgency, which are not facets), so
/// facet counting can leave out the dimension being counted.
/// </summary>
internal sealed class FilterSet
{
    private readonly Dictionary<string, Query> byDimension = [];

    private FilterSet()
    {
    }

    public IReadOnlyCollection<string> ActiveDimensions => byDimension.Keys;

    public static FilterSet From(SearchQuery query)
    {
        var set = new FilterSet();
        if (!string.IsNullOrWhiteSpace(query.MunicipalityCode))
        {
            set.byDimension[FieldNames.Municipality] = AnyOf(
                new TermQuery(new Term(FieldNames.Municipality, query.MunicipalityCode)),
                new TermQuery(new Term(FieldNames.Nationwide, "1")));
        }

        if (query.AgeMonthsFrom is not null || query.AgeMonthsTo is not null)
        {
            // Ranges intersect when the service starts no later than the asked range ends and ends no earlier
            // than it starts; open service bounds are indexed as int.MinValue / int.MaxValue.
            var age = new BooleanQuery();
            if (query.AgeMonthsTo is { } to)
            {
                age.Add(NumericRangeQuery.NewInt32Range(FieldNames.MinMonths, null, to, true, true), Occur.MUST);
            }

            if (query.AgeMonthsFrom is { } from)
            {
                age.Add(NumericRangeQuery.NewInt32Range(FieldNames.MaxMonths, from, null, true, true), Occur.MUST);
            }

            set.byDimension["age"] = age;
        }

        set.AddAnyOf(FieldNames.Need, query.Needs);
        set.AddAnyOf(FieldNames.Channel, query.Channels);
        set.AddAnyOf(FieldNames.Language, query.Languages);
        if (query.FreeOnly)
        {
            set.byDimension[FieldNames.Free] = new TermQuery(new Term(FieldNames.Free, "true"));
        }

        if (query.NoReferralOnly)
        {
            set.byDimension[FieldNames.NoReferral] = new TermQuery(new Term(FieldNames.NoReferral, "true"));
        }

        if (!string.IsNullOrWhiteSpace(query.Urgency))
        {
            set.byDimension["urgency"] = new TermQuery(new Term(FieldNames.Urgency, query.Urgency));
        }

        return set;
    }

    /// <summary>All filters ANDed, except <paramref name="omit"/>; null when nothing constrains.</summary>
    public Filter? Combined(string? omit = null, Query? extra = null)
    {
        var all = new BooleanQuery();
        foreach (var (dimension, query) in byDimension)
        {
            if (dimension != omit)
            {
                all.Add(query, Occur.MUST);
            }
        }

        if (extra is not null)
        {
            all.Add(extra, Occur.MUST);
        }

        return all.Clauses.Count == 0 ? null : new QueryWrapperFilter(all);
    }

    private void AddAnyOf(string dimension, IReadOnlyList<string> values)
    {
        var present = values.Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        if (present.Count > 0)
        {
            byDimension[dimension] = AnyOf(present.Select(v => (Query)new TermQuery(new Term(dimension, v))).ToArray());
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
