using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fi;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Sv;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;
using SahkoinenPerhekeskus.Search.Indexing;

namespace SahkoinenPerhekeskus.Search.Analysis;

/// <summary>
/// The analysis chains. All start with the same StandardTokenizer, so a token's position is the index of
/// the word in the text in every chain: the query builder lines up Finnish, Swedish and English readings
/// of the same query word by position.
/// </summary>
internal sealed class LanguageAnalyzers : IDisposable
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public LanguageAnalyzers(IWordMorphology finnishMorphology, IEnumerable<string> swedishCompoundParts)
    {
        FinnishMorphology = finnishMorphology;
        var swedishParts = new CharArraySet(Version, swedishCompoundParts.ToList(), ignoreCase: true);
        Finnish = Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new LowerCaseFilter(Version, source);
            stream = new StopFilter(Version, stream, FinnishAnalyzer.DefaultStopSet);
            return new TokenStreamComponents(source, new MorphologyFilter(stream, finnishMorphology));
        });
        Swedish = Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new LowerCaseFilter(Version, source);
            stream = new StopFilter(Version, stream, SwedishAnalyzer.DefaultStopSet);
            stream = new DictionaryCompoundWordTokenFilter(Version, stream, swedishParts, minWordSize: 6, minSubwordSize: 3, maxSubwordSize: 15, onlyLongestMatch: true);
            stream = new KindTaggingFilter(stream);
            return new TokenStreamComponents(source, new SnowballFilter(stream, new SwedishStemmer()));
        });
        English = Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new EnglishPossessiveFilter(Version, source);
            stream = new LowerCaseFilter(Version, stream);
            stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
            stream = new KindTaggingFilter(stream);
            return new TokenStreamComponents(source, new PorterStemFilter(stream));
        });
        Exact = Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new StandardTokenizer(Version, reader);
            return new TokenStreamComponents(source, new LowerCaseFilter(Version, source));
        });
        Suggest = Analyzer.NewAnonymous((_, reader) =>
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new LowerCaseFilter(Version, source);
            return new TokenStreamComponents(source, new EdgeNGramTokenFilter(Version, stream, 1, 24));
        });

        var perField = new Dictionary<string, Analyzer>();
        foreach (var language in FieldNames.Languages)
        {
            foreach (var (field, _) in FieldNames.TextFields(language))
            {
                perField[field] = ForLanguage(language);
            }

            perField[FieldNames.Suggest(language)] = Suggest;
        }

        Index = new PerFieldAnalyzerWrapper(Exact, perField);
    }

    public IWordMorphology FinnishMorphology { get; }

    /// <summary>"voikko" or "fallback".</summary>
    public string AnalyserName => FinnishMorphology.Name;

    public Analyzer Finnish { get; }

    public Analyzer Swedish { get; }

    public Analyzer English { get; }

    /// <summary>Lowercased surface forms only.</summary>
    public Analyzer Exact { get; }

    public Analyzer Suggest { get; }

    /// <summary>Routes each field to its chain; the IndexWriter uses it.</summary>
    public Analyzer Index { get; }

    public Analyzer ForLanguage(string language) => language switch
    {
        "sv" => Swedish,
        "en" => English,
        _ => Finnish,
    };

    /// <summary>Runs a chain over text and returns (position, term, kind, start offset, end offset) rows.</summary>
    public static List<AnalysedToken> Tokens(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<AnalysedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var increment = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
        var type = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ITypeAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalysedToken(position, term.ToString(), TermKinds.FromTypeName(type.Type), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }

    public void Dispose()
    {
        Index.Dispose();
        Finnish.Dispose();
        Swedish.Dispose();
        English.Dispose();
        Exact.Dispose();
        Suggest.Dispose();
        FinnishMorphology.Dispose();
    }
}

internal readonly record struct AnalysedToken(int Position, string Term, TermKind Kind, int Start, int End);
