using SahkoinenPerhekeskus.Search.Tests.Indexing;

namespace SahkoinenPerhekeskus.Search.Tests.Querying;

public sealed class FacetTests(IndexFixture fixture) : IClassFixture<IndexFixture>
{
    // The content's age groups: pregnancy is negative months; "vanhemmat" (parents) has none and goes by its tag.
    private static readonly AgeBand[] Bands =
    [
        new("odotusaika", -9, -1), new("vauva", 0, 11), new("leikki_ika", 12, 83), new("alakoulu", 84, 155),
        new("ylakoulu", 156, 191), new("toinen_aste", 192, 239), new("nuori_aikuinen", 240, 359), new("vanhemmat", null, null),
    ];

    private static Dictionary<string, int> Counts(SearchResults results, string facet) =>
        results.Facets[facet].ToDictionary(f => f.Value, f => f.Count);

    [Fact]
    public void NoFilters_CountsEveryDocument()
    {
        var results = fixture.Index.Search(new SearchQuery { AgeBands = Bands });

        // Hand-counted from Docs.Catalogue(); the nationwide kriisipuhelin counts under every municipality.
        Assert.Equal(new Dictionary<string, int> { ["167"] = 4, ["422"] = 3, ["276"] = 2 }, Counts(results, "municipality"));
        Assert.Equal(new Dictionary<string, int> { ["koulunkaynti"] = 2, ["mielenterveys"] = 3, ["terveys"] = 2, ["vauvaperhe"] = 1, ["kiusaaminen"] = 1, ["kasvatus"] = 1 }, Counts(results, "need"));
        Assert.Equal(new Dictionary<string, int> { ["visit"] = 5, ["phone"] = 3, ["chat"] = 1 }, Counts(results, "channel"));
        Assert.Equal(new Dictionary<string, int> { ["fi"] = 6, ["sv"] = 2, ["en"] = 1 }, Counts(results, "language"));
        Assert.Equal(new Dictionary<string, int> { ["true"] = 6 }, Counts(results, "free"));
        Assert.Equal(new Dictionary<string, int> { ["true"] = 5, ["false"] = 1 }, Counts(results, "noReferral"));
        // By months, not tags: the perheneuvola (up to 215 months, no lower bound) serves every group up to 17.
        Assert.Equal(
            new Dictionary<string, int> { ["odotusaika"] = 1, ["vauva"] = 3, ["leikki_ika"] = 3, ["alakoulu"] = 4, ["ylakoulu"] = 3, ["toinen_aste"] = 3, ["nuori_aikuinen"] = 1, ["vanhemmat"] = 1 },
            Counts(results, "ageGroup"));
    }

    [Theory]
    [InlineData("odotusaika")]
    [InlineData("vauva")]
    [InlineData("alakoulu")]
    [InlineData("nuori_aikuinen")]
    [InlineData("vanhemmat")]
    public void AgeGroupCount_EqualsTotalWhenThatGroupIsChosen(string code)
    {
        var shown = Counts(fixture.Index.Search(new SearchQuery { AgeBands = Bands }), "ageGroup").GetValueOrDefault(code);

        var chosen = fixture.Index.Search(new SearchQuery { AgeBands = Bands, AgeGroups = [code] });

        Assert.Equal(shown, chosen.Total);
    }

    [Fact]
    public void TwoAgeGroups_AreOred_NotTheSpanBetweenThem()
    {
        var both = fixture.Index.Search(new SearchQuery { AgeBands = Bands, AgeGroups = ["odotusaika", "nuori_aikuinen"] });

        // Perheneuvola (no lower bound) and kriisipuhelin (from 12 years); the span -9..359 would be all six.
        Assert.Equal(2, both.Total);
    }

    [Fact]
    public void TextQueryWithFilter_CountBesideValue_EqualsTotalWithIt()
    {
        var results = fixture.Index.Search(new SearchQuery { Text = "koulupsykologi", AgeBands = Bands });

        foreach (var municipality in results.Facets["municipality"])
        {
            Assert.Equal(municipality.Count, fixture.Index.Search(new SearchQuery { Text = "koulupsykologi", AgeBands = Bands, MunicipalityCode = municipality.Value }).Total);
        }
    }

    [Fact]
    public void ActiveFilter_ItsOwnFacetIgnoresIt_OtherFacetsApplyIt()
    {
        var results = fixture.Index.Search(new SearchQuery { MunicipalityCode = "422", Needs = ["terveys"] });

        Assert.Equal(1, results.Total);

        // Municipality counts apply the need filter only: terveys services are in 167 and 422.
        Assert.Equal(new Dictionary<string, int> { ["167"] = 1, ["422"] = 1 }, Counts(results, "municipality"));

        // Need counts apply the municipality filter only: Lieksa + nationwide.
        Assert.Equal(new Dictionary<string, int> { ["terveys"] = 1, ["koulunkaynti"] = 1, ["kiusaaminen"] = 1, ["mielenterveys"] = 1 }, Counts(results, "need"));

        // Other facets apply both filters.
        Assert.Equal(new Dictionary<string, int> { ["visit"] = 1 }, Counts(results, "channel"));
    }

    [Fact]
    public void TextQuery_CountsOnlyMatches()
    {
        var results = fixture.Index.Search(new SearchQuery { Text = "koulupsykologi" });

        Assert.Equal(results.Total, results.Facets["free"].Sum(f => f.Count));
        Assert.Contains(results.Facets["need"], f => f.Value == "mielenterveys");
    }
}
