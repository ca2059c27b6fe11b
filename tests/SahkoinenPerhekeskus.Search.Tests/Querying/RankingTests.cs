namespace SahkoinenPerhekeskus.Search.Tests.Querying;

public sealed class RankingTests : IDisposable
{
    private readonly TempIndexFolder _folder = new();
    private readonly ServiceIndex _index;

    public RankingTests()
    {
        _index = new ServiceIndex(TestEnvironment.Options(_folder.Path));
        _index.Rebuild(
        [
            Docs.Fi("mentions", "Perhetyö", "Perhetyöntekijä voi ohjata perhekahvilaan ja neuvolaan. Kysy myös kriisipuhelimesta."),
            Docs.Fi("compound", "Perhekahvilat ja kerhot", "Kahvila perheille, kerhot ja vertaistuki samassa paikassa."),
            Docs.Fi("exact", "Perhekahvila", "Avoin kohtaamispaikka perheille."),
            Docs.Fi("scattered", "Lapsiperheiden arki", "Masennus voi tulla synnytyksen jälkeen tai myöhemmin. Jälkeinen aika on usein raskas."),
            Docs.Fi("phrase", "Mielialaryhmä", "Ryhmä synnytyksen jälkeiseen masennukseen ja uupumukseen."),
            Docs.Fi("other", "Synnytysvalmennus", "Valmennus synnytykseen ja sen jälkeiseen aikaan."),
        ]);
    }

    [Fact]
    public void ExactName_RanksFirst()
    {
        var results = _index.Search(new SearchQuery { Text = "perhekahvila" });

        Assert.Equal("exact", results.Items[0].Id);
        Assert.Equal("compound", results.Items[1].Id);
    }

    [Fact]
    public void InflectedExactName_RanksFirst()
    {
        Assert.Equal("exact", _index.Search(new SearchQuery { Text = "perhekahvilaan" }).Items[0].Id);
    }

    [Fact]
    public void PhraseMatch_RanksAboveScatteredWords()
    {
        var results = _index.Search(new SearchQuery { Text = "synnytyksen jälkeinen masennus" });

        Assert.Equal("phrase", results.Items[0].Id);
        Assert.Contains(results.Items, h => h.Id == "scattered");
        Assert.True(results.Items.ToList().FindIndex(h => h.Id == "phrase") < results.Items.ToList().FindIndex(h => h.Id == "scattered"));
    }

    [Fact]
    public void Scores_AreDescendingForRelevanceSort()
    {
        var scores = _index.Search(new SearchQuery { Text = "perheille" }).Items.Select(h => h.Score).ToList();

        Assert.Equal(scores.OrderDescending(), scores);
    }

    public void Dispose()
    {
        _index.Dispose();
        _folder.Dispose();
    }
}
