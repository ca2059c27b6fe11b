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
    private readonly RAMDirectory directory = new();
    private readonly StandardAnalyzer analyzer = new(Version);
    private Dictionary<string, SearchDocument> documents = [];
    private DirectoryReader? reader;

    public string Name => "Lucene StandardAnalyzer";

    public void Index(IReadOnlyList<SearchDocument> all)
    {
        documents = all.ToDictionary(d => d.Id);
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer)))
        {
            foreach (var d in all)
            {
                writer.AddDocument(new Document
                {
                    new StringField("id", d.Id, Field.Store.YES),
                    new TextField("text", DocumentText.Flatten(d), Field.Store.NO),
                });
            }
        }

        reader = DirectoryReader.Open(directory);
    }

    public IReadOnlyList<string> Run(EvalQuery query, int limit)
    {
        var searcher = new IndexSearcher(reader ?? throw new InvalidOperationException("Index first"));
        var parser = new QueryParser(Version, "text", analyzer);
        var parsed = parser.Parse(QueryParserBase.Escape(query.Text));
        var top = searcher.Search(parsed, 1000);
        return top.ScoreDocs
            .Select(h => searcher.Doc(h.Doc).Get("id"))
            .Where(id => query.Admits(documents[id], municipalityCodes))
            .Take(limit)
            .ToList();
    }

    public void Dispose()
    {
        reader?.Dispose();
        analyzer.Dispose();
        directory.Dispose();
    }
}
