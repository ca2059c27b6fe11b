using System.Globalization;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SahkoinenPerhekeskus.Bench.Eval;
using SahkoinenPerhekeskus.Search;

namespace SahkoinenPerhekeskus.Bench.Systems;

/// <summary>Baseline: one text field, Lucene's StandardAnalyzer, OR of the query words, default scoring.</summary>
public sealed class LuceneStandard(IReadOnlyDictionary<string, string> municipalityCodes) : ISearchSystem
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly RAMDirectory _directory = new();
    private readonly StandardAnalyzer _analyzer = new(Version);
    private Dictionary<string, SearchDocument> _documents = [];
    private DirectoryReader? _reader;

    public string Name => "Lucene StandardAnalyzer";

    public void Index(IReadOnlyList<SearchDocument> documents)
    {
        _documents = documents.ToDictionary(d => d.Id);
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer)))
        {
            foreach (var d in documents)
            {
                writer.AddDocument(new Document
                {
                    new StringField("id", d.Id, Field.Store.YES),
                    new TextField("text", DocumentText.Flatten(d), Field.Store.NO),
                });
            }
        }

        _reader = DirectoryReader.Open(_directory);
    }

    public IReadOnlyList<string> Run(EvalQuery query, int limit)
    {
        var searcher = new IndexSearcher(_reader ?? throw new InvalidOperationException("Index first"));
        var parser = new QueryParser(Version, "text", _analyzer);
        var parsed = parser.Parse(QueryParserBase.Escape(query.Text));
        var top = searcher.Search(parsed, 1000);
        return top.ScoreDocs
            .Select(h => searcher.Doc(h.Doc).Get("id", CultureInfo.InvariantCulture))
            .Where(id => query.Admits(_documents[id], municipalityCodes))
            .Take(limit)
            .ToList();
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }
}
