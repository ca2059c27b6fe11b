using SahkoinenPerhekeskus.Search.Analysis;
using SahkoinenPerhekeskus.Search.Analysis.Fallback;
using SahkoinenPerhekeskus.Search.Analysis.Voikko;
using SahkoinenPerhekeskus.Search.Querying;

namespace SahkoinenPerhekeskus.Search.Tests;

/// <summary>Locates the repository's content folder and builds the analysis stack the way ServiceIndex does.</summary>
internal static class TestEnvironment
{
    public static string ContentPath { get; } = FindContent();

    public static SearchDictionaries Dictionaries { get; } = SearchDictionaries.Load(ContentPath);

    public static SearchOptions Options(string indexPath, bool disableVoikko = false) =>
        new() { IndexPath = indexPath, ContentPath = ContentPath, DisableVoikko = disableVoikko };

    private static string FindContent()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "content");
            if (File.Exists(Path.Combine(candidate, "search", "synonyms-fi.txt")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("content/search not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>Analysis for one Finnish analyser, shared by a test class.</summary>
internal sealed class AnalysisStack : IDisposable
{
    public AnalysisStack(bool voikko)
    {
        IWordMorphology morphology = voikko
            ? new VoikkoMorphology(VoikkoPool.Create("libvoikko.so.1"))
            : new FallbackFinnishMorphology(TestEnvironment.Dictionaries.FinnishCompoundForms);
        Analyzers = new LanguageAnalyzers(morphology, TestEnvironment.Dictionaries.SwedishCompoundParts);
        Queries = new QueryTextAnalyzer(Analyzers, new QuerySynonyms(Analyzers, TestEnvironment.Dictionaries), TestEnvironment.Dictionaries);
    }

    public LanguageAnalyzers Analyzers { get; }

    public QueryTextAnalyzer Queries { get; }

    /// <summary>Terms a document containing <paramref name="text"/> gets in the language's body field.</summary>
    public HashSet<string> IndexTerms(string text, string language) =>
        LanguageAnalyzers.Tokens(Analyzers.ForLanguage(language), "body_" + language, text).Select(t => t.Term).ToHashSet();

    /// <summary>Terms the query builder searches for <paramref name="text"/> in the language's fields, synonyms included.</summary>
    public HashSet<string> QueryTerms(string text, string language) =>
        Queries.Analyze(text, language).Words
            .SelectMany(w => w.Readings.TryGetValue(language, out var terms) ? terms : [])
            .Select(t => t.Text)
            .ToHashSet();

    public void Dispose() => Analyzers.Dispose();
}

/// <summary>A temporary index folder, deleted afterwards.</summary>
internal sealed class TempIndexFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "spk-search-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
