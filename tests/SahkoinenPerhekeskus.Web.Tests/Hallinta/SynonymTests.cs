using Microsoft.Extensions.Localization;

namespace SahkoinenPerhekeskus.Web.Tests.Hallinta;

/// <summary>The admin's synonyms on /hallinta/rakenne/synonyymit reach the public search at once, on top of the shipped files.</summary>
public sealed class SynonymTests(BackOfficeFixture fixture) : IClassFixture<BackOfficeFixture>
{
    private const string Page = "/hallinta/rakenne/synonyymit";

    [Fact]
    public async Task Save_SynonymForUnknownWord_NextSearchFindsItAndRemovingItUndoesIt()
    {
        var anonymous = fixture.Anonymous();
        var neuvolat = await SearchAsync(anonymous, "neuvola");
        Assert.NotEmpty(neuvolat);
        Assert.Empty(await SearchAsync(anonymous, "zorblax"));
        var admin = await fixture.ClientAsync(EditorRoles.RegionalAdmin);

        var saved = await SaveAsync(admin, fi: "zorblax, neuvola");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var found = await SearchAsync(anonymous, "zorblax");
        Assert.NotEmpty(found);
        Assert.Subset(found.ToHashSet(), neuvolat.Take(3).ToHashSet());
        // The shipped rules still apply on top: "neukkari => neuvola" comes from content/search/synonyms-fi.txt.
        Assert.NotEmpty(await SearchAsync(anonymous, "neukkari"));

        var removed = await SaveAsync(admin, fi: "");

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty(await SearchAsync(anonymous, "zorblax"));
        Assert.NotEmpty(await SearchAsync(anonymous, "neukkari"));
    }

    [Fact]
    public async Task Save_ChangedLanguages_WritesOneAuditEntryEachAndNoneForUnchanged()
    {
        var admin = await fixture.ClientAsync(EditorRoles.RegionalAdmin);
        await SaveAsync(admin, sv: "flarbx, rådgivning");
        var before = await AuditCountAsync();

        await SaveAsync(admin, sv: "flarbx, rådgivning", en: "quonk, clinic");
        await SaveAsync(admin, sv: "flarbx, rådgivning", en: "quonk, clinic");

        var entries = await fixture.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "structure.synonyms.save").OrderBy(e => e.Id).Skip(before).ToListAsync());
        var entry = Assert.Single(entries);
        Assert.Equal("en", entry.EntityId);
        Assert.Contains("quonk, clinic", entry.After, StringComparison.Ordinal);
        await SaveAsync(admin);
    }

    public static TheoryData<string, string> BadInputs => new()
    {
        { "zorblax", "rivi ”zorblax” ei ole sääntö" },
        { "a => b => c", "ei ole sääntö" },
        { "=> neuvola", "ei ole sääntö" },
        { "zorblax, , neuvola", "rivi 1: ”zorblax, , neuvola” – pilkkujen välistä puuttuu sana" },
        { "auttava puhelin, neuvola", "rivi 1: ”auttava puhelin” on useampi sana" },
        { "neuvola, lastenneuvola\n\nNeuvola ,  lastenneuvola", "rivi 3: sama sääntö on jo rivillä 1" },
        { "neuvola, Neuvola", "sana ”Neuvola” on säännössä kahdesti" },
        { "fi:neuvola => perheneuvola", "”fi:neuvola” ei kelpaa" },
        { "neuvola => de:beratung", "”de:beratung” ei kelpaa" },
        { "neuvola => perheneuvola^paljon", "”perheneuvola^paljon” ei kelpaa" },
        { "neuvola, " + new string('x', 61), "on liian pitkä (enintään 60 merkkiä)" },
        { "neuvola, " + string.Join(", ", Enumerable.Range(0, 80).Select(i => "sana" + i)), "rivi on liian pitkä (enintään 500 merkkiä)" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Save_BadLine_ShowsFinnishMessageAndSavesNothing(string rules, string message)
    {
        var admin = await fixture.ClientAsync(EditorRoles.RegionalAdmin);
        var before = await RulesAsync();

        var response = await SaveAsync(admin, fi: "# kommentti\n" + rules.Replace("rivi 1", "rivi 2", StringComparison.Ordinal));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("error-summary", html, StringComparison.Ordinal);
        Assert.Contains(message.Replace("rivi 1:", "rivi 2:", StringComparison.Ordinal).Replace("rivi 3:", "rivi 4:", StringComparison.Ordinal).Replace("rivillä 1", "rivillä 2", StringComparison.Ordinal), html, StringComparison.Ordinal);
        Assert.Equal(before, await RulesAsync());
    }

    [Fact]
    public async Task Save_TooManyRules_ShowsLimitAndSavesNothing()
    {
        var admin = await fixture.ClientAsync(EditorRoles.RegionalAdmin);
        var lines = string.Join('\n', Enumerable.Range(0, SynonymRules.MaxRules + 1).Select(i => $"sana{i}, toinen{i}"));

        var response = await SaveAsync(admin, fi: lines);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Synonyymit (suomi): enintään 1000 sääntöä.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Empty(await RulesAsync());
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    [InlineData("en")]
    public void Messages_EveryProblem_IsTranslated(string culture)
    {
        var localizer = fixture.Factory.Services.GetRequiredService<IStringLocalizer<SahkoinenPerhekeskus.Web.Hallinta>>();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var keys = Enum.GetValues<SynonymProblemKind>()
                .Select(k => k switch { SynonymProblemKind.NotARule => "Structure.SynonymBad", SynonymProblemKind.TooMany => "Structure.SynonymTooMany", _ => "Structure.SynonymProblem." + k })
                .Concat(["Structure.SynonymsLayering", "Structure.SynonymsSaved"]);
            Assert.All(keys, k => Assert.False(localizer[k].ResourceNotFound, $"{k} missing in {culture}"));
            Assert.Contains(culture switch { "sv" => "rad 2", "en" => "line 2", _ => "rivi 2" }, localizer["Structure.SynonymProblem.EmptyTerm", "x", 2, "y", 0].Value, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task Save_BlankLinesAndComments_AreNotStored()
    {
        var admin = await fixture.ClientAsync(EditorRoles.RegionalAdmin);

        var response = await SaveAsync(admin, fi: "\r\n# selitys\r\n  neuvola ,  lastenneuvola  \r\n\r\n");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["fi:neuvola ,  lastenneuvola"], await RulesAsync());
        await SaveAsync(admin);
    }

    [Fact]
    public async Task Refresh_RulesSavedByAnotherNode_ReachThisNodesSearchWithinTheInterval()
    {
        await using var factory = new PerhekeskusWebFactory().WithSetting("Perhekeskus:Search:FollowSeconds", "1");
        var client = factory.CreateClient();
        Assert.Empty(await SearchAsync(client, "zorblax"));

        // Written straight to the database, as another process's StructureEditor would.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PerhekeskusDbContext>();
            db.Synonyms.Add(new SynonymEntry { Language = "fi", Rule = "zorblax => neuvola" });
            await db.SaveChangesAsync();
        }

        var found = new List<string>();
        for (var waited = 0; found.Count == 0 && waited < 10_000; waited += 200)
        {
            await Task.Delay(200);
            found = await SearchAsync(client, "zorblax");
        }

        Assert.NotEmpty(found);
    }

    private static async Task<HttpResponseMessage> SaveAsync(HttpClient client, string fi = "", string sv = "", string en = "") =>
        await BackOfficeFixture.PostAsync(client, Page, Page, [new("RulesFi", fi), new("RulesSv", sv), new("RulesEn", en)]);

    private static async Task<List<string>> SearchAsync(HttpClient client, string text)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/services?pageSize=100&q=" + Uri.EscapeDataString(text)));
        return [.. json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
    }

    private Task<List<string>> RulesAsync() =>
        fixture.WithDbAsync(db => db.Synonyms.OrderBy(s => s.Id).Select(s => s.Language + ":" + s.Rule).ToListAsync());

    private Task<int> AuditCountAsync() =>
        fixture.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "structure.synonyms.save"));
}
