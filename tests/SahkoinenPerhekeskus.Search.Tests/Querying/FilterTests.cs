using SahkoinenPerhekeskus.Search.Tests.Indexing;

namespace SahkoinenPerhekeskus.Search.Tests.Querying;

public sealed class FilterTests(IndexFixture fixture) : IClassFixture<IndexFixture>
{
    private static readonly string[] LieksaOrNational = ["neuvola-lieksa", "kuraattori-lieksa", "kriisipuhelin"];

    private IEnumerable<string> Ids(SearchQuery query) => fixture.Index.Search(query with { PageSize = 100 }).Items.Select(h => h.Id);

    [Theory]
    [InlineData(83, 83, false)]
    [InlineData(84, 84, true)]
    [InlineData(155, 155, true)]
    [InlineData(156, 156, false)]
    [InlineData(72, 83, false)]
    [InlineData(72, 84, true)]
    [InlineData(155, 170, true)]
    [InlineData(null, 90, true)]
    [InlineData(150, null, true)]
    public void Age_ServiceFor84To155Months_MatchesWhenRangesIntersect(int? from, int? to, bool expected)
    {
        var ids = Ids(new SearchQuery { AgeMonthsFrom = from, AgeMonthsTo = to });

        Assert.Equal(expected, ids.Contains("kuraattori-lieksa"));
    }

    [Fact]
    public void Age_SixYearsElevenMonths_ExcludesSchoolService()
    {
        Assert.DoesNotContain("kuraattori-lieksa", Ids(new SearchQuery { AgeMonthsFrom = 83, AgeMonthsTo = 83 }));
    }

    [Theory]
    [InlineData(0, 11)]
    [InlineData(300, 311)]
    [InlineData(-9, -1)]
    public void Age_OpenLowerBound_MatchesAnyYoungerAge(int from, int to)
    {
        // perheneuvola-joensuu has no minimum and a maximum of 215 months.
        Assert.Equal(to <= 215, Ids(new SearchQuery { AgeMonthsFrom = from, AgeMonthsTo = to }).Contains("perheneuvola-joensuu"));
    }

    [Fact]
    public void Age_OpenUpperBound_MatchesAnyOlderAge()
    {
        Assert.Contains("kriisipuhelin", Ids(new SearchQuery { AgeMonthsFrom = 600, AgeMonthsTo = 611 }));
        Assert.DoesNotContain("kriisipuhelin", Ids(new SearchQuery { AgeMonthsFrom = 120, AgeMonthsTo = 131 }));
    }

    [Theory]
    [InlineData("167")]
    [InlineData("422")]
    [InlineData("999")]
    public void Municipality_AnyCode_IncludesNationwideServices(string code)
    {
        Assert.Contains("kriisipuhelin", Ids(new SearchQuery { MunicipalityCode = code }));
    }

    [Fact]
    public void Municipality_Lieksa_ExcludesOtherMunicipalities()
    {
        var ids = Ids(new SearchQuery { MunicipalityCode = "422" }).ToList();

        Assert.Equal(["kriisipuhelin", "kuraattori-lieksa", "neuvola-lieksa"], ids.Order());
    }

    [Fact]
    public void Municipality_WithText_FiltersTextMatchesAndRelatedServices()
    {
        var ids = Ids(new SearchQuery { Text = "lastenneuvola", MunicipalityCode = "422" }).ToList();

        Assert.Equal("neuvola-lieksa", ids[0]);
        Assert.All(ids, id => Assert.Contains(id, LieksaOrNational));
    }

    [Fact]
    public void Needs_Several_AreOred()
    {
        var ids = Ids(new SearchQuery { Needs = ["kiusaaminen", "kasvatus"] }).Order();

        Assert.Equal(["kuraattori-lieksa", "perheneuvola-joensuu"], ids);
    }

    [Fact]
    public void ChannelsAndLanguages_FilterAndCombine()
    {
        Assert.Equal(["kriisipuhelin"], Ids(new SearchQuery { Channels = ["chat"] }));
        Assert.Equal(["kriisipuhelin", "neuvola-lieksa"], Ids(new SearchQuery { Languages = ["sv"] }).Order());
        Assert.Equal(["neuvola-lieksa"], Ids(new SearchQuery { Languages = ["sv"], MunicipalityCode = "422", Channels = ["visit"] }));
    }

    [Fact]
    public void NoReferralOnly_ExcludesReferralServices()
    {
        var ids = Ids(new SearchQuery { NoReferralOnly = true, FreeOnly = true }).ToList();

        Assert.DoesNotContain("perheneuvola-joensuu", ids);
        Assert.Equal(5, ids.Count);
    }

    [Fact]
    public void SortByName_ListsAlphabeticallyInFinnishOrder()
    {
        var names = fixture.Index.Search(new SearchQuery { Sort = SearchSort.Name }).Items.Select(h => h.Name).ToList();

        Assert.Equal(names.OrderBy(n => n, StringComparer.Create(new System.Globalization.CultureInfo("fi-FI"), true)), names);
    }

    [Fact]
    public void Paging_SecondPage_ContinuesFirst()
    {
        var first = fixture.Index.Search(new SearchQuery { Sort = SearchSort.Name, PageSize = 4 });
        var second = fixture.Index.Search(new SearchQuery { Sort = SearchSort.Name, PageSize = 4, Page = 2 });

        Assert.Equal(6, first.Total);
        Assert.Equal(4, first.Items.Count);
        Assert.Equal(2, second.Items.Count);
        Assert.Empty(first.Items.Select(h => h.Id).Intersect(second.Items.Select(h => h.Id)));
    }
}
