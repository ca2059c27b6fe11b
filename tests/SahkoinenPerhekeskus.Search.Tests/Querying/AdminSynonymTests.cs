using SahkoinenPerhekeskus.Search.Querying;

namespace SahkoinenPerhekeskus.Search.Tests.Querying;

/// <summary>The regional admin's synonyms are searched on top of the shipped files, from the next search on.</summary>
public sealed class AdminSynonymTests : IDisposable
{
    private readonly TempIndexFolder _folder = new();
    private readonly ServiceIndex _index;

    public AdminSynonymTests()
    {
        _index = new ServiceIndex(TestEnvironment.Options(_folder.Path));
        _index.Rebuild(Docs.Catalogue());
    }

    [Fact]
    public void QuerySynonyms_ShippedAndAdminRules_BothExpand()
    {
        using var stack = new AnalysisStack(voikko: false);
        var layered = new QueryTextAnalyzer(
            stack.Analyzers,
            new QuerySynonyms(stack.Analyzers, TestEnvironment.Dictionaries, [new("fi", "zorblax => neuvola"), new("fi", "psykkari => kuraattori")]),
            TestEnvironment.Dictionaries);

        HashSet<string> Terms(string text) => [.. layered.Analyze(text, "fi").Words.SelectMany(w => w.Readings["fi"]).Select(t => t.Text)];
        bool Finds(HashSet<string> terms, string word) => terms.Overlaps(stack.IndexTerms(word, "fi"));

        Assert.True(Finds(Terms("zorblax"), "neuvola"));
        // The shipped "psykkari => psykologi" stays; the admin's target comes on top of it.
        Assert.True(Finds(Terms("psykkari"), "psykologi"));
        Assert.True(Finds(Terms("psykkari"), "kuraattori"));
        Assert.False(Finds(stack.QueryTerms("zorblax", "fi"), "neuvola"));
    }

    [Fact]
    public void UseAdminSynonyms_TakesEffectOnNextSearch_AndClearingItRestoresTheShippedOnes()
    {
        Assert.Equal(0, Search("zorblax").Total);

        _index.UseAdminSynonyms(new AdminSynonyms("1:1", [new("fi", "zorblax, neuvola"), new("fi", "psykkari => kuraattori")]));

        Assert.Equal("1:1", _index.AdminSynonyms.Stamp);
        Assert.Contains(Search("zorblax").Items, h => h.Id == "neuvola-joensuu");
        var psykkari = Search("psykkari").Items.Select(h => h.Id).ToList();
        Assert.Contains("psykologi-joensuu", psykkari);
        Assert.Contains("kuraattori-lieksa", psykkari);

        _index.UseAdminSynonyms(AdminSynonyms.None);

        Assert.Equal(0, Search("zorblax").Total);
        Assert.Contains(Search("psykkari").Items, h => h.Id == "psykologi-joensuu");
    }

    [Fact]
    public void UseAdminSynonyms_MalformedOrEmptyRule_IsIgnoredNotThrown()
    {
        _index.UseAdminSynonyms(new AdminSynonyms("2:9", [new("fi", ""), new("fi", " , => "), new("xx", "zorblax, neuvola"), new("fi", "zorblax => neuvola")]));

        Assert.Contains(Search("zorblax").Items, h => h.Id == "neuvola-joensuu");
    }

    public void Dispose()
    {
        _index.Dispose();
        _folder.Dispose();
    }

    private SearchResults Search(string text) => _index.Search(new SearchQuery { Text = text });
}
