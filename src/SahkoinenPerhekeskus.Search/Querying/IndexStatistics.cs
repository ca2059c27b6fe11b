using Lucene.Net.Index;
using Lucene.Net.Search;
using SahkoinenPerhekeskus.Search.Indexing;

namespace SahkoinenPerhekeskus.Search.Querying;

/// <summary>
/// Document frequencies for one query against one searcher snapshot, memoised: the query builder asks for
/// every (field, term) pair it might add, and leaving out the pairs the index does not have keeps queries
/// small (most Finnish readings have no Swedish or English field to match, and vice versa).
/// </summary>
internal sealed class IndexStatistics(IndexReader reader, SearchTuning tuning)
{
    private readonly Dictionary<(string Field, string Term), TermContext> _contexts = [];
    private readonly Dictionary<(string Language, string Term), bool> _common = [];

    public int Size { get; } = reader.NumDocs;

    public int DocFreq(string field, string term) => Context(field, term).DocFreq;

    /// <summary>A term query that reuses the term-dictionary look-up already made for its frequency.</summary>
    public TermQuery Query(string field, string term, float boost)
    {
        var key = new Term(field, term);
        return new TermQuery(key, Context(field, term)) { Boost = boost };
    }

    private TermContext Context(string field, string term)
    {
        if (!_contexts.TryGetValue((field, term), out var context))
        {
            context = TermContext.Build(reader.Context, new Term(field, term));
            _contexts[(field, term)] = context;
        }

        return context;
    }

    /// <summary>True when the term is in so many documents of the language that it says little.</summary>
    public bool IsCommon(string language, string term)
    {
        if (Size < tuning.CommonWordMinimumIndexSize)
        {
            return false;
        }

        if (!_common.TryGetValue((language, term), out var isCommon))
        {
            var fields = new[] { FieldNames.Name(language), FieldNames.Body(language), FieldNames.Keywords(language), FieldNames.Summary(language) };
            isCommon = fields.Max(f => DocFreq(f, term)) > tuning.CommonPartShare * Size;
            _common[(language, term)] = isCommon;
        }

        return isCommon;
    }
}
