namespace SahkoinenPerhekeskus.Search.Tests.Querying;

public sealed class MultilingualTests : IDisposable
{
    private readonly TempIndexFolder _folder = new();
    private readonly ServiceIndex _index;

    public MultilingualTests()
    {
        _index = new ServiceIndex(TestEnvironment.Options(_folder.Path));
        _index.Rebuild(
        [
            Docs.Fi("perheneuvola", "Perheneuvola", "Perheneuvola auttaa kasvatukseen liittyvissä kysymyksissä.") with { Urgency = "none" },
            new SearchDocument
            {
                Id = "familjeradgivning",
                Slug = "familjeradgivning",
                PrimaryLanguage = "sv",
                Urgency = "urgent",
                Texts = new Dictionary<string, LocalizedSearchText>
                {
                    ["sv"] = new("Familjerådgivning på svenska", "Perheneuvola ruotsiksi", null, "Stöd för föräldrar och barn i frågor om fostran.", null, null),
                },
            },
            new SearchDocument
            {
                Id = "family-counselling",
                Slug = "family-counselling",
                PrimaryLanguage = "en",
                Texts = new Dictionary<string, LocalizedSearchText>
                {
                    ["en"] = new("Family counselling in English", null, null, "Support for parents when children's behaviour worries them.", null, null),
                },
            },
        ]);
    }

    [Fact]
    public void SwedishQuery_FindsSwedishServiceFirstAndFinnishEquivalent()
    {
        var ids = _index.Search(new SearchQuery { Text = "familjerådgivningen", UiLanguage = "sv" }).Items.Select(h => h.Id).ToList();

        Assert.Equal("familjeradgivning", ids[0]);
        Assert.Contains("perheneuvola", ids);
    }

    [Fact]
    public void FinnishQuery_FindsOtherLanguageVersionThroughItsFinnishName()
    {
        var ids = _index.Search(new SearchQuery { Text = "perheneuvolaan" }).Items.Select(h => h.Id).ToList();

        Assert.Equal("perheneuvola", ids[0]);
        Assert.Contains("familjeradgivning", ids);
    }

    [Fact]
    public void EnglishQuery_StemsAndMatches()
    {
        Assert.Equal("family-counselling", _index.Search(new SearchQuery { Text = "counseling for parents", UiLanguage = "en" }).Items[0].Id);
    }

    [Fact]
    public void Hit_NameFollowsUiLanguageWhenAvailable()
    {
        var hit = _index.Search(new SearchQuery { Text = "familjerådgivning", UiLanguage = "fi" }).Items.First(h => h.Id == "familjeradgivning");

        Assert.Equal("Familjerådgivning på svenska", hit.Name);
    }

    [Fact]
    public void Suggest_PrefersUiLanguageNames()
    {
        var suggestions = _index.Suggest("famil", "en");

        Assert.Equal("Family counselling in English", suggestions[0]);
        Assert.Contains("Familjerådgivning på svenska", suggestions);
    }

    [Fact]
    public void Urgency_FiltersExactly()
    {
        Assert.Equal(["familjeradgivning"], _index.Search(new SearchQuery { Urgency = "urgent" }).Items.Select(h => h.Id));
    }

    public void Dispose()
    {
        _index.Dispose();
        _folder.Dispose();
    }
}
