namespace SahkoinenPerhekeskus.Search.Tests.Analysis;

public sealed class VoikkoAnalysisPairTests : IDisposable
{
    private readonly AnalysisStack _stack = new(voikko: true);

    [Theory]
    [MemberData(nameof(AnalysisPairData.FinnishMatches), MemberType = typeof(AnalysisPairData))]
    public void FinnishQueryWord_SharesATermWithDocumentWord(string query, string document, bool fallbackToo)
    {
        _ = fallbackToo;
        var shared = _stack.QueryTerms(query, "fi").Intersect(_stack.IndexTerms(document, "fi")).ToList();
        Assert.True(shared.Count > 0, $"'{query}' → [{string.Join(", ", _stack.QueryTerms(query, "fi"))}] vs '{document}' → [{string.Join(", ", _stack.IndexTerms(document, "fi"))}]");
    }

    [Theory]
    [MemberData(nameof(AnalysisPairData.FinnishFalseFriends), MemberType = typeof(AnalysisPairData))]
    public void FinnishLookAlikes_ShareNoTerm(string query, string document, bool fallbackToo)
    {
        _ = fallbackToo;
        var shared = _stack.QueryTerms(query, "fi").Intersect(_stack.IndexTerms(document, "fi")).ToList();
        Assert.True(shared.Count == 0, $"'{query}' and '{document}' share [{string.Join(", ", shared)}]");
    }

    [Theory]
    [MemberData(nameof(AnalysisPairData.SwedishMatches), MemberType = typeof(AnalysisPairData))]
    public void SwedishQueryWord_SharesATermWithDocumentWord(string query, string document)
    {
        var shared = _stack.QueryTerms(query, "sv").Intersect(_stack.IndexTerms(document, "sv")).ToList();
        Assert.True(shared.Count > 0, $"'{query}' → [{string.Join(", ", _stack.QueryTerms(query, "sv"))}] vs '{document}' → [{string.Join(", ", _stack.IndexTerms(document, "sv"))}]");
    }

    [Theory]
    [MemberData(nameof(AnalysisPairData.EnglishMatches), MemberType = typeof(AnalysisPairData))]
    public void EnglishQueryWord_SharesATermWithDocumentWord(string query, string document)
    {
        var shared = _stack.QueryTerms(query, "en").Intersect(_stack.IndexTerms(document, "en")).ToList();
        Assert.True(shared.Count > 0, $"'{query}' → [{string.Join(", ", _stack.QueryTerms(query, "en"))}] vs '{document}' → [{string.Join(", ", _stack.IndexTerms(document, "en"))}]");
    }

    public void Dispose() => _stack.Dispose();
}

public sealed class FallbackAnalysisPairTests : IDisposable
{
    private readonly AnalysisStack _stack = new(voikko: false);

    public static TheoryData<string, string> FallbackMatches => Subset(AnalysisPairData.FinnishMatches);

    public static TheoryData<string, string> FallbackFalseFriends => Subset(AnalysisPairData.FinnishFalseFriends);

    [Theory]
    [MemberData(nameof(FallbackMatches))]
    public void FinnishQueryWord_SharesATermWithDocumentWord(string query, string document)
    {
        var shared = _stack.QueryTerms(query, "fi").Intersect(_stack.IndexTerms(document, "fi")).ToList();
        Assert.True(shared.Count > 0, $"'{query}' → [{string.Join(", ", _stack.QueryTerms(query, "fi"))}] vs '{document}' → [{string.Join(", ", _stack.IndexTerms(document, "fi"))}]");
    }

    [Theory]
    [MemberData(nameof(FallbackFalseFriends))]
    public void FinnishLookAlikes_ShareNoTerm(string query, string document)
    {
        var shared = _stack.QueryTerms(query, "fi").Intersect(_stack.IndexTerms(document, "fi")).ToList();
        Assert.True(shared.Count == 0, $"'{query}' and '{document}' share [{string.Join(", ", shared)}]");
    }

    private static TheoryData<string, string> Subset(TheoryData<string, string, bool> all)
    {
        var subset = new TheoryData<string, string>();
        foreach (var row in all)
        {
            if ((bool)row[2])
            {
                subset.Add((string)row[0], (string)row[1]);
            }
        }

        return subset;
    }

    public void Dispose() => _stack.Dispose();
}
