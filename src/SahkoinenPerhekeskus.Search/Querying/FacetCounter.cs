using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SahkoinenPerhekeskus.Search.Indexing;

namespace SahkoinenPerhekeskus.Search.Querying;

/// <summary>Counts facet values from SortedSet doc values (the Lucene Facet module is not available to us).</summary>
internal static class FacetCounter
{
    public static IReadOnlyList<FacetCount> Count(IndexSearcher searcher, IEnumerable<ScoredDoc> hits, string dimension)
    {
        var leaves = searcher.IndexReader.Leaves;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var nationwide = 0;
        var scratch = new BytesRef();
        foreach (var group in hits.GroupBy(h => ReaderUtil.SubIndex(h.Doc, leaves)))
        {
            var leaf = leaves[group.Key];
            var values = leaf.AtomicReader.GetSortedSetDocValues(FieldNames.FacetValues(dimension));
            var nationwideValues = dimension == FieldNames.Municipality ? leaf.AtomicReader.GetNumericDocValues(FieldNames.NationwideValue) : null;
            var ordinals = new Dictionary<long, int>();
            foreach (var hit in group)
            {
                var doc = hit.Doc - leaf.DocBase;
                if (nationwideValues is not null && nationwideValues.Get(doc) == 1)
                {
                    nationwide++;
                    continue;
                }

                if (values is null)
                {
                    continue;
                }

                values.SetDocument(doc);
                for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                {
                    ordinals[ord] = ordinals.GetValueOrDefault(ord) + 1;
                }
            }

            foreach (var (ord, count) in ordinals)
            {
                values!.LookupOrd(ord, scratch);
                var value = scratch.Utf8ToString();
                counts[value] = counts.GetValueOrDefault(value) + count;
            }
        }

        if (nationwide > 0)
        {
            // A nationwide service is offered in every municipality, so choosing any municipality keeps it.
            foreach (var code in AllValues(searcher.IndexReader, FieldNames.Municipality))
            {
                counts[code] = counts.GetValueOrDefault(code) + nationwide;
            }
        }

        return counts
            .Where(c => c.Value > 0)
            .OrderByDescending(c => c.Value)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new FacetCount(c.Key, c.Value))
            .ToList();
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
