using SahkoinenPerhekeskus.Core.ContentLoading;

namespace SahkoinenPerhekeskus.Core.Tests.ContentLoading;

/// <summary>The loader against both providers: the same assertions on SQLite and on PostgreSQL.</summary>
public sealed class ContentLoaderTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Load_EmptyDatabase_LoadsStructureServicesAndPages(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();

        var result = await TestDatabase.Loader(db, _content.Directory).LoadAsync();

        Assert.Equal(new ContentLoadResult(2, 2, 1, 1, 1, 1), result);
        var service = await db.Services.Include(s => s.Channels).ThenInclude(c => c.Hours).Include(s => s.Municipalities).SingleAsync();
        Assert.Equal("Lieksan lastenneuvola", service.Name.Fi);
        Assert.Equal(["422"], service.Municipalities.Select(m => m.Code));
        Assert.Equal(5, service.Channels.Single(c => c.Kind == ChannelKind.Visit).Hours.Count);
        Assert.Equal("013 000 1234", service.Channels.Single(c => c.Kind == ChannelKind.Phone).Value);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Load_Twice_UpdatesWithoutDuplicates(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
        {
            await TestDatabase.Loader(db, _content.Directory).LoadAsync();
        }

        _content.Replace("services/lieksa.json", "Lieksan lastenneuvola", "Lieksan neuvola");
        await using (var db = database.NewContext())
        {
            await TestDatabase.Loader(db, _content.Directory).LoadAsync();
        }

        await using var check = database.NewContext();
        Assert.Equal(1, await check.Services.CountAsync());
        Assert.Equal("Lieksan neuvola", (await check.Services.SingleAsync()).Name.Fi);
        Assert.Equal(2, await check.ServiceChannels.CountAsync());
        Assert.Equal(5, await check.OpeningHours.CountAsync());
        Assert.Equal(2, await check.Municipalities.CountAsync());
        Assert.Equal(2, await check.TaxonomyTerms.CountAsync());
        Assert.Equal(1, await check.Pages.CountAsync());
    }

    [Theory]
    [InlineData("services/lieksa.json", "\"type\": \"lastenneuvola\"", "\"type\": \"hammaslaakari\"", "content/services/lieksa.json", "[0] (lieksa-lastenneuvola).type")]
    [InlineData("services/lieksa.json", "\"municipalities\": [\"422\"]", "\"municipalities\": [\"999\"]", "content/services/lieksa.json", ".municipalities")]
    [InlineData("services/lieksa.json", "013 000 1234", "soita meille", "content/services/lieksa.json", ".channels[1].number")]
    [InlineData("services/lieksa.json", "\"closes\": \"16:00\"", "\"closes\": \"07:00\"", "content/services/lieksa.json", ".channels[0].hours[0].closes")]
    [InlineData("services/lieksa.json", "\"maxMonths\": 83", "\"maxMonths\": -5", "content/services/lieksa.json", ".maxMonths")]
    [InlineData("service-types.json", "\"needs\": [\"terveys\"]", "\"needs\": [\"onni\"]", "content/service-types.json", "[0].needs")]
    [InlineData("organisations.json", "wellbeing-county", "company", "content/organisations.json", "[0].kind")]
    [InlineData("region.json", "\"code\": \"167\"", "\"code\": \"16\"", "content/region.json", "areas[0].municipalities[0].code")]
    public async Task Load_InvalidValue_NamesFileAndFieldAndChangesNothing(string file, string from, string to, string shownFile, string field)
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        _content.Replace(file, from, to);
        await using var db = database.NewContext();

        var e = await Assert.ThrowsAsync<ContentLoadException>(() => TestDatabase.Loader(db, _content.Directory).LoadAsync());

        var error = Assert.Single(e.Errors);
        Assert.Equal(shownFile, error.File);
        Assert.Contains(field, error.Field, StringComparison.Ordinal);
        Assert.Contains(shownFile, e.Message, StringComparison.Ordinal);
        Assert.False(await db.Regions.AnyAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Load_MalformedJson_NamesFileAndLine(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        _content.Replace("organisations.json", "\"kind\":", "\"kind\"");
        await using var db = database.NewContext();

        var e = await Assert.ThrowsAsync<ContentLoadException>(() => TestDatabase.Loader(db, _content.Directory).LoadAsync());

        Assert.Equal("content/organisations.json", e.Errors[0].File);
        Assert.Contains("line 1", e.Errors[0].Field, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Load_MissingRequiredField_NamesIt(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        _content.Replace("services/lieksa.json", "\"organisation\": \"siun-sote\",", "");
        await using var db = database.NewContext();

        var e = await Assert.ThrowsAsync<ContentLoadException>(() => TestDatabase.Loader(db, _content.Directory).LoadAsync());

        Assert.Equal("content/services/lieksa.json", e.Errors[0].File);
        Assert.Contains("organisation", e.Errors[0].Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Load_UnknownField_IsRejected(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        _content.Replace("services/lieksa.json", "\"free\": true", "\"free\": true, \"fre\": true");
        await using var db = database.NewContext();

        var e = await Assert.ThrowsAsync<ContentLoadException>(() => TestDatabase.Loader(db, _content.Directory).LoadAsync());

        Assert.Contains("fre", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Load_ErrorAfterEarlierLoad_LeavesPreviousContentIntact(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.NewContext())
        {
            await TestDatabase.Loader(db, _content.Directory).LoadAsync();
        }

        _content.Replace("region.json", "\"Joensuu\"", "\"Joensuun kaupunki\"");
        _content.Replace("services/lieksa.json", "\"coverage\": \"local\"", "\"coverage\": \"galaxy\"");
        await using (var db = database.NewContext())
        {
            await Assert.ThrowsAsync<ContentLoadException>(() => TestDatabase.Loader(db, _content.Directory).LoadAsync());
        }

        await using var check = database.NewContext();
        Assert.Equal("Joensuu", (await check.Municipalities.SingleAsync(m => m.Code == "167")).Name.Fi);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Load_PageWithoutTitle_NamesThePageFile(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        _content.Write("pages/uutinen/fi.md", "---\nkind: news\n---\nTeksti\n");
        await using var db = database.NewContext();

        var e = await Assert.ThrowsAsync<ContentLoadException>(() => TestDatabase.Loader(db, _content.Directory).LoadAsync());

        Assert.Equal("content/pages/uutinen/fi.md", e.Errors[0].File);
        Assert.Equal("title", e.Errors[0].Field);
    }
}
