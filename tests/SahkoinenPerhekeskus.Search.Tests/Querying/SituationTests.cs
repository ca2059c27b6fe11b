namespace SahkoinenPerhekeskus.Search.Tests.Querying;

/// <summary>
/// A described situation finds the services for it, and says so. The vocabulary here is the test's own, on top
/// of the shipped dictionaries and structure, so each rule of matching is visible in one place.
/// </summary>
public sealed class SituationTests : IDisposable
{
    private readonly TempIndexFolder _folder = new();
    private readonly TempIndexFolder _content = new();
    private readonly ServiceIndex _index;

    public SituationTests()
    {
        CopyContent();
        File.WriteAllText(Path.Combine(_content.Path, "search", "situations-fi.txt"), """
            # test vocabulary
            [type:puheterapia, need:erityinen_tuki^0.6]
            ei puhu vielä
            [need:paihteet]
            kännissä
            isä juo
            """);
        File.WriteAllText(Path.Combine(_content.Path, "search", "situations-sv.txt"), """
            [type:puheterapia]
            pratar inte
            """);
        _index = new ServiceIndex(TestEnvironment.Options(_folder.Path) with { ContentPath = _content.Path });
        _index.Rebuild(
        [
            Docs.Fi("puhe", "Puheterapia Joensuu", "Puheterapeutti arvioi lapsen kielen kehitystä.") with { Needs = ["erityinen_tuki"] },
            Docs.Fi("kerho", "Perhekerho", "Leikkiä ja juttuseuraa.") with { Needs = ["vapaa_aika"] },
            Docs.Fi("paihde", "Nuorten päihdepalvelu", "Tukea, kun alkoholi huolettaa.") with { Needs = ["paihteet"] },
            Docs.Fi("neuvola", "Lastenneuvola", "Terveydenhoitaja seuraa lapsen kasvua.") with { Needs = ["terveys"] },
        ]);
    }

    [Fact]
    public void DescribedSituation_FindsTheServiceType_AndNamesTheTopic()
    {
        var results = _index.Search(new SearchQuery { Text = "lapsi ei puhu vielä" });

        Assert.Equal("puhe", results.Items[0].Id);
        Assert.Contains(results.Topics, t => t is { Kind: "type", Code: "puheterapia", Name: "Puheterapia" });
        Assert.Contains(results.Topics, t => t is { Kind: "need", Code: "erityinen_tuki" });
    }

    [Fact]
    public void TopicNames_FollowTheUiLanguage()
    {
        var results = _index.Search(new SearchQuery { Text = "lapsi ei puhu vielä", UiLanguage = "en" });

        Assert.Contains(results.Topics, t => t is { Code: "puheterapia", Name: "Speech therapy" });
    }

    [Fact]
    public void PhraseWithoutItsNegation_DoesNotMatch()
    {
        // "ei" carries the meaning: talking is not the worry when the child does talk.
        Assert.Empty(_index.Search(new SearchQuery { Text = "lapsi puhuu vielä" }).Topics);
    }

    [Fact]
    public void StopWordOfAPhrase_MustBeTyped()
    {
        // Swedish drops "inte" as a stop word; a phrase keeps it as a word the query must contain.
        Assert.Contains(_index.Search(new SearchQuery { Text = "barnet pratar inte", UiLanguage = "sv" }).Topics, t => t.Code == "puheterapia");
        Assert.Empty(_index.Search(new SearchQuery { Text = "vill prata med någon", UiLanguage = "sv" }).Topics);
    }

    [Fact]
    public void NeedTopic_FindsServicesTheWordsAloneMiss()
    {
        var results = _index.Search(new SearchQuery { Text = "mun isä juo" });

        Assert.Equal("paihde", results.Items[0].Id);
        Assert.Contains(results.Topics, t => t is { Kind: "need", Code: "paihteet", Name: "Päihteet ja riippuvuudet" });
    }

    [Fact]
    public void OneSharedWord_WithAWordNothingKnows_IsNoSituation()
    {
        // "koira" is in neither the index nor the vocabulary: the query is about something else.
        Assert.Empty(_index.Search(new SearchQuery { Text = "koira kännissä" }).Topics);
        Assert.Contains(_index.Search(new SearchQuery { Text = "isä kännissä" }).Topics, t => t.Code == "paihteet");
    }

    [Fact]
    public void QueryThatDescribesNoSituation_HasNoTopics()
    {
        var results = _index.Search(new SearchQuery { Text = "neuvola" });

        Assert.Empty(results.Topics);
        Assert.Equal("neuvola", results.Items[0].Id);
    }

    [Fact]
    public void ShippedVocabulary_CoversEveryNeedAndServiceType_InEveryLanguage()
    {
        foreach (var language in new[] { "fi", "sv", "en" })
        {
            var lines = File.ReadAllLines(Path.Combine(TestEnvironment.ContentPath, "search", $"situations-{language}.txt"));
            var sections = new Dictionary<string, int>(StringComparer.Ordinal);
            var current = "";
            foreach (var line in lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
            {
                if (line.StartsWith('['))
                {
                    current = line.Trim('[', ']').Split(',')[0].Trim();
                    Assert.False(sections.ContainsKey(current), $"{language}: {current} is the primary target of two sections");
                    sections[current] = 0;
                }
                else
                {
                    sections[current]++;
                }
            }

            foreach (var target in Targets())
            {
                Assert.True(sections.GetValueOrDefault(target) >= 15, $"{language}: {target} has {sections.GetValueOrDefault(target)} phrases, fewer than 15");
            }
        }
    }

    public void Dispose()
    {
        _index.Dispose();
        _folder.Dispose();
        _content.Dispose();
    }

    private static IEnumerable<string> Targets()
    {
        using var needs = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(TestEnvironment.ContentPath, "taxonomies", "needs.json")));
        using var types = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(TestEnvironment.ContentPath, "service-types.json")));
        return
        [
            .. needs.RootElement.EnumerateArray().Select(n => "need:" + n.GetProperty("code").GetString()),
            .. types.RootElement.EnumerateArray().Select(t => "type:" + t.GetProperty("code").GetString()),
        ];
    }

    private void CopyContent()
    {
        Directory.CreateDirectory(Path.Combine(_content.Path, "search"));
        Directory.CreateDirectory(Path.Combine(_content.Path, "taxonomies"));
        foreach (var file in Directory.GetFiles(Path.Combine(TestEnvironment.ContentPath, "search"), "*.txt").Where(f => !Path.GetFileName(f).StartsWith("situations-", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(_content.Path, "search", Path.GetFileName(file)));
        }

        File.Copy(Path.Combine(TestEnvironment.ContentPath, "taxonomies", "needs.json"), Path.Combine(_content.Path, "taxonomies", "needs.json"));
        File.Copy(Path.Combine(TestEnvironment.ContentPath, "service-types.json"), Path.Combine(_content.Path, "service-types.json"));
    }
}
