using SahkoinenPerhekeskus.Search.Tests.Indexing;

namespace SahkoinenPerhekeskus.Search.Tests.Querying;

public sealed class FacetTests(IndexFixture fixture) : IClassFixture<IndexFixture>
{
    private static Dictionary<string, int> Counts(SearchResults results, string facet) =>
        results.Facets[facet].ToDictionary(f => f.Value, f => f.Count);

    [Fact]
    public void NoFilters_CountsEveryDocument()
    {
        var results = fixture.Index.Search(new SearchQuery());

        // Hand-counted from Docs.Catalogue(); the nationwide kriisipuhelin counts under every municipality.
        Assert.Equal(new Dictionary<string, int> { ["167"] = 4, ["422"] = 3, ["276"] = 2 }, Counts(results, "municipality"));
        Assert.Equal(new Dictionary<string, int> { ["koulunkaynti"] = 2, ["mielenterveys"] = 3, ["terveys"] = 2, ["vauvaperhe"] = 1, ["kiusaaminen"] = 1, ["kasvatus"] = 1 }, Counts(results, "need"));
        Assert.Equal(new Dictionary<string, int> { ["visit"] = 5, ["phone"] = 3, ["chat"] = 1 }, Counts(results, "channel"));
        Assert.Equal(new Dictionary<string, int> { ["fi"] = 6, ["sv"] = 2, ["en"] = 1 }, Counts(results, "language"));
        Assert.Equal(new Dictionary<string, int> { ["true"] = 6 }, Counts(results, "free"));
        Assert.Equal(new Dictionary<string, int> { ["true"] = 5, ["false"] = 1 }, Counts(results, "noReferral"));
        Assert.Equal(new Dictionary<string, int> { ["alakoulu"] = 3, ["leikki_ika"] = 3, ["vauva"] = 2, ["ylakoulu"] = 2, ["vanhemmat"] = 1 }, Counts(results, "ageGroup"));
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
