using SahkoinenPerhekeskus.Search.Tests.Indexing;

namespace SahkoinenPerhekeskus.Search.Tests.Querying;

public sealed class SearchBehaviourTests(IndexFixture fixture) : IClassFixture<IndexFixture>
{
    [Fact]
    public void Misspelling_FallsBackToFuzzyWithSuggestion()
    {
        var results = fixture.Index.Search(new SearchQuery { Text = "neovola" });

        Assert.True(results.UsedFuzzy);
        Assert.Equal("neuvola", results.DidYouMean);
        Assert.Contains(results.Items, h => h.Id == "neuvola-joensuu");
    }

    [Fact]
    public void CorrectSpelling_DoesNotGoFuzzy()
    {
        var results = fixture.Index.Search(new SearchQuery { Text = "neuvola" });

        Assert.False(results.UsedFuzzy);
        Assert.Null(results.DidYouMean);
    }

    [Theory]
    [InlineData("koiran rokotukset")]
    [InlineData("auton katsastus")]
    [InlineData("ja tai että")]
    public void OffTopicOrEmptyWords_ReturnNothing(string text)
    {
        var results = fixture.Index.Search(new SearchQuery { Text = text });

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Items);
    }

    [Theory]
    [InlineData("psykkari", "psykologi-joensuu")]
    [InlineData("kuratsu lieksassa", "kuraattori-lieksa")]
    [InlineData("neuvolaan lieksassa", "neuvola-lieksa")]
    [InlineData("kiusataanko koulussa", "kuraattori-lieksa")]
    public void EverydayQuery_FindsService(string text, string expectedFirst)
    {
        Assert.Equal(expectedFirst, fixture.Index.Search(new SearchQuery { Text = text }).Items[0].Id);
    }

    [Fact]
    public void Snippet_MarksInflectedMatchesAndEncodesHtml()
    {
        var hit = fixture.Index.Search(new SearchQuery { Text = "kiusaaminen" }).Items.First(h => h.Id == "kuraattori-lieksa");

        Assert.Contains("<mark>kiusataan</mark>", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Hit_CarriesSlugAndNameInUiLanguageOrPrimary()
    {
        var hit = fixture.Index.Search(new SearchQuery { Text = "kriisipuhelin", UiLanguage = "en" }).Items[0];

        Assert.Equal("kriisipuhelin", hit.Slug);
        Assert.Equal("Kriisipuhelin", hit.Name);
    }

    [Fact]
    public void Suggest_Prefix_CompletesNamesDeduplicated()
    {
        var suggestions = fixture.Index.Suggest("lasten", "fi");

        Assert.Equal(["Lastenneuvola Joensuu", "Lastenneuvola Lieksa"], suggestions.Order());
    }

    [Fact]
    public void Suggest_SecondWordPrefix_Matches()
    {
        Assert.Equal(["Koulukuraattori Lieksa"], fixture.Index.Suggest("koulukur lie", "fi"));
    }

    [Fact]
    public void Suggest_RespectsMaximum()
    {
        Assert.Single(fixture.Index.Suggest("k", "fi", max: 1));
        Assert.Empty(fixture.Index.Suggest("  ", "fi"));
    }
}
