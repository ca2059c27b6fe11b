using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SahkoinenPerhekeskus.Search.Indexing;

namespace SahkoinenPerhekeskus.Search.Querying;

/// <summary>Counts facet values from SortedSet doc values (the Lucene Facet module is not available to us).</summary>
internal static class FacetCounter
{
    /// <summary>
    /// Counts every given dimension in one pass over the hits, segment by segment, by ordinal. Age groups are
    /// counted with the age-group filter's own test (<see cref="FilterSet.AgeGroup"/>): the count beside a group
    /// must be what choosing it returns.
    /// </summary>
    public static Dictionary<string, IReadOnlyList<FacetCount>> Count(IndexSearcher searcher, IEnumerable<ScoredDoc> hits, IReadOnlyCollection<string> dimensions, IReadOnlyList<AgeBand> ageBands)
    {
        var docs = hits.Select(h => h.Doc).ToArray();
        Array.Sort(docs);
        var counts = dimensions.ToDictionary(d => d, _ => new Dictionary<string, int>(StringComparer.Ordinal));
        if (counts.TryGetValue(FieldNames.AgeGroup, out var groups))
        {
            foreach (var band in ageBands)
            {
                var matching = MatchSet.Of(searcher, FilterSet.AgeGroup(band));
                groups[band.Code] = docs.Count(matching.Get);
            }

            dimensions = [.. dimensions.Where(d => d != FieldNames.AgeGroup)];
        }

        var nationwide = 0;
        var leaves = searcher.IndexReader.Leaves;
        var next = 0;
        foreach (var leaf in leaves)
        {
            var end = leaf.DocBase + leaf.AtomicReader.MaxDoc;
            var start = next;
            while (next < docs.Length && docs[next] < end)
            {
                next++;
            }

            if (next == start)
            {
                continue;
            }

            var nationwideValues = leaf.AtomicReader.GetNumericDocValues(FieldNames.NationwideValue);
            foreach (var dimension in dimensions)
            {
                var values = leaf.AtomicReader.GetSortedSetDocValues(FieldNames.FacetValues(dimension));
                if (values is null)
                {
                    continue;
                }

                var ordinals = new int[values.ValueCount];
                for (var i = start; i < next; i++)
                {
                    var doc = docs[i] - leaf.DocBase;
                    if (dimension == FieldNames.Municipality && nationwideValues?.Get(doc) == 1)
                    {
                        // A nationwide service is offered in every municipality: counted under each one below.
                        nationwide++;
                        continue;
                    }

                    values.SetDocument(doc);
                    for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                    {
                        ordinals[ord]++;
                    }
                }

                var scratch = new BytesRef();
                var target = counts[dimension];
                for (var ord = 0; ord < ordinals.Length; ord++)
                {
                    if (ordinals[ord] > 0)
                    {
                        values.LookupOrd(ord, scratch);
                        var value = scratch.Utf8ToString();
                        target[value] = target.GetValueOrDefault(value) + ordinals[ord];
                    }
                }
            }
        }

        if (nationwide > 0 && counts.TryGetValue(FieldNames.Municipality, out var municipalities))
        {
            foreach (var code in AllValues(searcher.IndexReader, FieldNames.Municipality))
            {
                municipalities[code] = municipalities.GetValueOrDefault(code) + nationwide;
            }
        }

        return counts.ToDictionary(
            c => c.Key,
            c => (IReadOnlyList<FacetCount>)c.Value
                .Where(v => v.Value > 0)
                .OrderByDescending(v => v.Value)
                .ThenBy(v => v.Key, StringComparer.Ordinal)
                .Select(v => new FacetCount(v.Key, v.Value))
                .ToList());
    }

    private static List<string> AllValues(IndexReader reader, string field)
    {
        var values = new List<string>();
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
        {
            return values;
        }

        var iterator = terms.GetEnumerator();
        while (iterator.MoveNext())
        {
            values.Add(iterator.Term.Utf8ToString());
        }

        return values;
    }
}
