using Lucene.Net.Index;
using SahkoinenPerhekeskus.Search.Indexing;

namespace SahkoinenPerhekeskus.Search.Querying;

/// <summary>
/// Document frequencies for one query against one searcher snapshot, memoised: the query builder asks for
/// every (field, term) pair it might add, and leaving out the pairs the index does not have keeps queries
/// small (most Finnish readings have no Swedish or English field to match, and vice versa).
/// </summary>
internal sealed class IndexStatistics(IndexReader reader, SearchTuning tuning)
{
    private readonly Dictionary<(string Field, string Term), int> frequencies = [];
    private readonly Dictionary<(string Language, string Term), bool> common = [];

    public int Size { get; } = reader.NumDocs;

    public int DocFreq(string field, string term)
    {
        if (!frequencies.TryGetValue((field, term), out var frequency))
        {
            frequency = reader.DocFreq(new Term(field, term));
            frequencies[(field, term)] = frequency;
        }

        return frequency;
    }

    /// <summary>True when the term is in so many documents of the language that it says little.</summary>
    public bool IsCommon(string language, string term)
    {
        if (Size < tuning.CommonWordMinimumIndexSize)
        {
            return false;
        }

        if (!common.TryGetValue((language, term), out var isCommon))
        {
            var fields = new[] { FieldNames.Name(language), FieldNames.Body(language), FieldNames.Keywords(language), FieldNames.Summary(language) };
            isCommon = fields.Max(f => DocFreq(f, term)) > tuning.CommonPartShare * Size;
            common[(language, term)] = isCommon;
        }

        return isCommon;
    }
}
