using Lucene.Net.Index;
using Lucene.Net.Util;
using SahkoinenPerhekeskus.Search.Indexing;

namespace SahkoinenPerhekeskus.Search.Querying;

/// <summary>
/// "Did you mean": the indexed term closest to a word nothing matched, by edit distance and then by how
/// many services use it. Reads the term dictionary directly (the Suggest module is not available).
/// </summary>
internal static class SpellingCorrector
{
    /// <summary>Index terms within typo distance of any seed, closest and most used first.</summary>
    public static List<(string Term, int Distance, int DocFreq)> Candidates(IndexReader reader, string language, IEnumerable<string> seeds, int max)
    {
        var found = new Dictionary<string, (int Distance, int DocFreq)>(StringComparer.Ordinal);
        foreach (var seed in seeds.Where(s => QueryBuilder.MaxEdits(s) > 0).Distinct())
        {
            var maxEdits = QueryBuilder.MaxEdits(seed);
            foreach (var field in new[] { FieldNames.Name(language), FieldNames.TypeName(language), FieldNames.AlternateName(language), FieldNames.Body(language) })
            {
                var terms = MultiFields.GetTerms(reader, field);
                if (terms is null)
                {
                    continue;
                }

                var iterator = terms.GetEnumerator();
                if (iterator.SeekCeil(new BytesRef(seed[..1])) == TermsEnum.SeekStatus.END)
                {
                    continue;
                }

                do
                {
                    var term = iterator.Term.Utf8ToString();
                    if (term.Length == 0 || term[0] != seed[0])
                    {
                        break;
                    }

                    if (Math.Abs(term.Length - seed.Length) > maxEdits)
                    {
                        continue;
                    }

                    var distance = Distance(seed, term, maxEdits);
                    if (distance > maxEdits || distance == 0)
                    {
                        continue;
                    }

                    var docFreq = iterator.DocFreq;
                    if (!found.TryGetValue(term, out var known) || distance < known.Distance || (distance == known.Distance && docFreq > known.DocFreq))
                    {
                        found[term] = (distance, Math.Max(docFreq, known.DocFreq));
                    }
                }
                while (iterator.MoveNext());
            }
        }

        return found.Select(f => (f.Key, f.Value.Distance, f.Value.DocFreq))
            .OrderBy(f => f.Distance)
            .ThenByDescending(f => f.DocFreq)
            .ThenBy(f => f.Key, StringComparer.Ordinal)
            .Take(max)
            .ToList();
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions), cut off above <paramref name="limit"/>.</summary>
    internal static int Distance(string a, string b, int limit)
    {
        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[1][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var (previous2, previous, current) = (rows[(i + 2) % 3], rows[i % 3], rows[(i + 1) % 3]);
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }
        }

        return rows[(a.Length + 1) % 3][b.Length];
    }
}
