using System.Data.Common;
using SahkoinenPerhekeskus.Web.Palaute;

namespace SahkoinenPerhekeskus.Web.Tests.Feedback;

/// <summary>After feedback and searches over several days, nothing in the database points to a person.</summary>
public sealed class StoredRowsTests(FeedbackWebFactory factory) : IClassFixture<FeedbackWebFactory>
{
    private static readonly Dictionary<string, string[]> FeedbackTables = new()
    {
        ["FeedbackEntries"] = ["Id", "Day", "TargetKind", "TargetId", "ServiceTypeCode", "MunicipalityCode", "AreaCode", "Helpful", "Text"],
        ["SearchDays"] = ["Day", "MunicipalityCode", "Searches", "ZeroResults"],
        ["SearchFilterDays"] = ["Day", "MunicipalityCode", "Filter", "Code", "Searches", "ZeroResults"],
        ["SearchTermDays"] = ["Day", "TermHash", "MunicipalityCode", "Searches", "ZeroResults"],
        ["SearchTerms"] = ["TermHash", "Text", "RevealedOn"],
    };

    [Fact]
    public async Task AfterFeedbackAndSearches_NoTableHoldsAnAddressUserAgentOrRareSearch()
    {
        var client = factory.CreateBrowserLikeClient(followRedirects: true);
        client.DefaultRequestHeaders.Add("Referer", "https://referrer.example/sivu?henkilo=tunniste");
        for (var day = 0; day < 3; day++)
        {
            await FeedbackClient.PostAsync(client, "/palvelut/lieksa-lastenneuvola", FeedbackForm.Yes, $"Päivä {day}: kiitos avusta");
            await FeedbackClient.PostAsync(client, "/sivut/tietoa-perhekeskuksesta", FeedbackForm.No);
            await client.GetAsync("/haku?q=Perheneuvola&kunta=joensuu");
            await client.GetAsync("/haku?q=perheneuvola&sivu=2");
            if (day < 2)
            {
                await client.GetAsync("/haku?q=Kitee%20puheterapeutti%20ilta");
            }

            if (day == 1)
            {
                await client.GetAsync("/haku?q=Matti%20Virtanen");
                await client.GetAsync("/api/v1/services?q=Matti%20Virtanen%20Joensuu");
            }

            factory.Clock.Advance(TimeSpan.FromDays(1));
        }

        var tables = await ReadEveryTableAsync();

        foreach (var (table, columns) in FeedbackTables)
        {
            Assert.Equal(columns.Order(StringComparer.Ordinal), tables[table].Columns.Order(StringComparer.Ordinal));
        }

        Assert.Equal(6, tables["FeedbackEntries"].Rows.Count);
        // No table at all holds the client's address, user agent or referrer.
        AssertNowhere(tables, [FakeClientAddress.Default, "PerhekeskusTestAgent", "referrer.example", "henkilo=tunniste"]);
        // The feedback tables hold no search text seen on fewer than three days, in any form.
        AssertNowhere(tables.Where(t => FeedbackTables.ContainsKey(t.Key)), ["matti", "virtanen", "puheterapeutti"]);

        // Seen on three days: the one search text that may be shown, normalised.
        Assert.Equal(["perheneuvola"], tables["SearchTerms"].Rows.Select(r => r[tables["SearchTerms"].Columns.IndexOf("Text")]));
        // Page 2 of the same search is not another search.
        var searches = tables["SearchDays"].Rows.Sum(r => int.Parse(r[tables["SearchDays"].Columns.IndexOf("Searches")], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(3 + 2 + 2, searches);
    }

    private static void AssertNowhere(IEnumerable<KeyValuePair<string, (List<string> Columns, List<string[]> Rows)>> tables, string[] forbidden)
    {
        foreach (var (table, content) in tables)
        {
            foreach (var value in content.Rows.SelectMany(r => r))
            {
                foreach (var word in forbidden)
                {
                    Assert.False(value.Contains(word, StringComparison.OrdinalIgnoreCase), $"{table} holds '{value}'");
                }
            }
        }
    }

    private async Task<Dictionary<string, (List<string> Columns, List<string[]> Rows)>> ReadEveryTableAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<PerhekeskusDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        var names = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        var result = new Dictionary<string, (List<string>, List<string[]>)>();
        foreach (var name in names)
        {
            result[name] = await ReadTableAsync(connection, name);
        }

        return result;
    }

    private static async Task<(List<string>, List<string[]>)> ReadTableAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
        await using var reader = await command.ExecuteReaderAsync();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "")]);
        }

        return (columns, rows);
    }
}
