using System.Text.RegularExpressions;
using SahkoinenPerhekeskus.Web.Tests.Feedback;

namespace SahkoinenPerhekeskus.Web.Tests.Hallinta.Indikaattorit;

/// <summary>Every figure on the dashboard against values worked out by hand from <see cref="DashboardFactory"/>'s data.</summary>
public sealed class DashboardTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    private const string Root = "/hallinta/indikaattorit";

    [Fact]
    public async Task Coverage_AsRegionalAdmin_MatchesTheMunicipalityPagesRule()
    {
        var tables = await TablesAsync(Admin(), "/kattavuus");

        // Alfa and Beta: own Neuvola, Kuraattori for the area, Perheneuvola region-wide. Gamma: only Perheneuvola
        // (its Kuraattori is a draft, the national Neuvola does not count).
        Assert.Equal(["Alfa | 3 | 1 | 2 | 0 | " + P(100), "Beta | 3 | 1 | 2 | 0 | " + P(100), "Gamma | 3 | 0 | 1 | 2 | " + P(33)],
            HtmlTables.Lines(tables, "Ydinpalvelujen kattavuus kunnittain"));
        Assert.Equal(["Gamma | Neuvola", "Gamma | Kuraattori"], HtmlTables.Lines(tables, "Puuttuvat ydinpalvelut"));
    }

    [Fact]
    public async Task Coverage_BackOfficeMatrixAndDashboard_ShowTheSameCounts()
    {
        var admin = Admin();
        var matrixHtml = await admin.GetStringAsync("/hallinta/kattavuus");
        var columns = Regex.Matches(Regex.Match(matrixHtml, "<thead>(.*?)</thead>", RegexOptions.Singleline).Value, "<th scope=\"col\">(.*?)</th>")
            .Select(m => m.Groups[1].Value).Skip(1).ToList();
        var matrix = HtmlTables.Parse(matrixHtml)["Palvelutyypit (rivit) ja kunnat (sarakkeet)"];
        var core = matrix.Where(r => r[0].EndsWith(" *", StringComparison.Ordinal)).ToList();

        // Each municipality's core types counted from the matrix's cells, in the dashboard's columns.
        var fromMatrix = columns.Select((name, i) =>
        {
            var states = core.Select(r => r[i + 1]).ToList();
            var local = states.Count(c => c.StartsWith("julkaistu", StringComparison.Ordinal) || c.StartsWith("vanhentunut", StringComparison.Ordinal));
            var shared = states.Count(c => c.StartsWith("alueellinen", StringComparison.Ordinal));
            var share = ((double)(local + shared) / states.Count).ToString("P0", CultureInfo.GetCultureInfo("fi-FI"));
            return $"{name} | {states.Count} | {local} | {shared} | {states.Count - local - shared} | {share}";
        }).ToList();

        Assert.Equal(["Alfa", "Beta", "Gamma"], columns);
        // Gamma: the national Neuvola fills no place (as on its municipality page), the Kuraattori is only a draft.
        Assert.Equal(["Neuvola * | vanhentunut | julkaistu | puuttuu", "Kuraattori * | alueellinen | alueellinen | luonnos"], core.Take(2).Select(r => string.Join(" | ", r)));
        Assert.Equal(fromMatrix, HtmlTables.Lines(await TablesAsync(admin, "/kattavuus"), "Ydinpalvelujen kattavuus kunnittain"));
    }

    [Fact]
    public async Task Freshness_AsRegionalAdmin_CountsEntriesPastReviewBy()
    {
        var tables = await TablesAsync(Admin(), "/ajantasaisuus");

        Assert.Equal(["Alfa | 2 | 1 | " + P(50), "Beta | 2 | 0 | " + P(0), "Gamma | 1 | 1 | " + P(100)],
            HtmlTables.Lines(tables, "Tarkistus myöhässä kunnittain"));
        Assert.Equal(["Hyvinvointialue | 3 | 1 | " + P(33), "Yhdistys | 3 | 2 | " + P(67)],
            HtmlTables.Lines(tables, "Tarkistus myöhässä organisaatioittain"));
    }

    [Fact]
    public async Task Feedback_AsRegionalAdmin_GivesHelpfulSharesAndTheScrubbedText()
    {
        var html = await GetAsync(Admin(), "/palaute");
        var tables = HtmlTables.Parse(html);

        Assert.Contains("Vastauksia 6, joista kyllä-vastauksia 4.", html, StringComparison.Ordinal);
        Assert.Equal(["Neuvola | 2 | 1 | " + P(67), "Sisältösivut | 1 | 0 | " + P(100), "Kuraattori | 1 | 0 | " + P(100), "Perheneuvola | 0 | 1 | " + P(0)],
            HtmlTables.Lines(tables, "Apua saaneiden osuus palvelutyypeittäin"));
        Assert.Equal(["Alfa | 2 | 1 | " + P(67)], HtmlTables.Lines(tables, "Apua saaneiden osuus kunnittain"));
        Assert.Equal(["Keskinen | 3 | 1 | " + P(75)], HtmlTables.Lines(tables, "Apua saaneiden osuus perhekeskusalueittain"));
        Assert.Equal(["2026-10 | 2 | 1 | " + P(67), "2026-11 | 2 | 1 | " + P(67)], HtmlTables.Lines(tables, "Apua saaneiden osuus kuukausittain"));
        Assert.Equal(["2026-10-05 | Tietoa | Kyllä | Hyvä sivu, soita [puhelinnumero]"], HtmlTables.Lines(tables, "Uusimmat vapaat palautteet"));
    }

    [Fact]
    public async Task Feedback_WithADateRange_CountsOnlyThoseDays()
    {
        var html = await GetAsync(Admin(), "/palaute?alku=2026-11-01&loppu=2026-11-30");

        Assert.Contains("Vastauksia 3, joista kyllä-vastauksia 2.", html, StringComparison.Ordinal);
        Assert.Equal(["2026-11 | 2 | 1 | " + P(67)], HtmlTables.Lines(HtmlTables.Parse(html), "Apua saaneiden osuus kuukausittain"));
    }

    [Fact]
    public async Task Demand_AsRegionalAdmin_ShowsOnlyTextsSeenOnThreeDays()
    {
        var html = await GetAsync(Admin(), "/kysynta");
        var tables = HtmlTables.Parse(html);

        Assert.Contains("Hakuja 10, joista ilman tuloksia 4.", html, StringComparison.Ordinal);
        Assert.Equal(["neuvola | 3 | 0", "puheterapia | 3 | 3"], HtmlTables.Lines(tables, "Yleisimmät haut"));
        Assert.Equal(["puheterapia | 3 | 3"], HtmlTables.Lines(tables, "Yleisimmät haut ilman tuloksia"));
        Assert.Equal(["Vauva | 1 | 0"], HtmlTables.Lines(tables, "Haut ikäryhmittäin"));
        Assert.Equal(["Terveys | 3 | 3"], HtmlTables.Lines(tables, "Haut tarpeittain"));
        Assert.Equal(["Ei kuntarajausta | 5 | 0", "Alfa | 3 | 2", "Beta | 1 | 1", "Gamma | 1 | 1"], HtmlTables.Lines(tables, "Haut kuntarajauksen mukaan"));
        Assert.DoesNotContain("matti", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("kerho", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AreaLeader_SeesOnlyTheirArea()
    {
        var client = AreaLeader("keskinen");

        var coverage = await TablesAsync(client, "/kattavuus");
        Assert.Equal(["Alfa | 3 | 1 | 2 | 0 | " + P(100), "Beta | 3 | 1 | 2 | 0 | " + P(100)], HtmlTables.Lines(coverage, "Ydinpalvelujen kattavuus kunnittain"));
        var freshness = await TablesAsync(client, "/ajantasaisuus");
        Assert.Equal(["Hyvinvointialue | 3 | 1 | " + P(33)], HtmlTables.Lines(freshness, "Tarkistus myöhässä organisaatioittain"));
        var feedback = await GetAsync(client, "/palaute");
        Assert.Contains("Vastauksia 4, joista kyllä-vastauksia 3.", feedback, StringComparison.Ordinal);
        Assert.Equal(["Neuvola | 2 | 1 | " + P(67), "Kuraattori | 1 | 0 | " + P(100)], HtmlTables.Lines(HtmlTables.Parse(feedback), "Apua saaneiden osuus palvelutyypeittäin"));
        var demand = await GetAsync(client, "/kysynta");
        Assert.Contains("Hakuja 4, joista ilman tuloksia 3.", demand, StringComparison.Ordinal);
        Assert.Equal(["puheterapia | 3 | 3", "neuvola | 1 | 0"], HtmlTables.Lines(HtmlTables.Parse(demand), "Yleisimmät haut"));
    }

    [Fact]
    public async Task MunicipalityEditor_SeesZeroResultSearchesOfTheirMunicipalityOnly()
    {
        var client = Client(EditorRoles.MunicipalityEditor, municipality: "101");

        Assert.Equal(["puheterapia | 2 | 2"], HtmlTables.Lines(await TablesAsync(client, "/haut"), "Yleisimmät haut ilman tuloksia"));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Root + "/kysynta")).StatusCode);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData(EditorRoles.AreaLeader, "")]
    [InlineData("reviewer", "")]
    public async Task Dashboard_WithoutTheRightRoleOrArea_IsRefused(string role, string area)
    {
        var client = role.Length == 0 ? factory.CreateBrowserLikeClient() : Client(role, area: area.Length == 0 ? null : area);

        var response = await client.GetAsync(Root + "/palaute");

        Assert.Equal(role.Length == 0 ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Csv_OfOneIndicator_HasTheSameFigures()
    {
        var response = await Admin().GetAsync(Root + "/palaute?handler=Csv&taulukko=alueet&alku=2026-01-01&loppu=2026-12-31");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var csv = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF');
        Assert.Equal($"\"Perhekeskusalue\",\"Kyllä\",\"Ei\",\"Kyllä-osuus\"\r\n\"Keskinen\",\"3\",\"1\",\"{P(75)}\"\r\n", csv);
    }

    [Theory]
    [InlineData("?alku=2026-12-01&loppu=2026-11-01", "Alkupäivä ei voi olla loppupäivän jälkeen.")]
    [InlineData("?alku=1.11.2026", "Anna päivämäärä muodossa vvvv-kk-pp.")]
    [InlineData("?alku=2020-01-01&loppu=2026-01-01", "Aikaväli voi olla enintään kolme vuotta.")]
    public async Task DateRange_Invalid_Returns400WithTheReason(string query, string message)
    {
        var response = await Admin().GetAsync(Root + "/kysynta" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Charts_AreSvgWithATableOfTheSameFiguresAndNoInlineStyle()
    {
        var html = await GetAsync(Admin(), "/palaute");

        Assert.Contains("<svg role=\"img\" aria-labelledby=\"tyypit-kaavio\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
    }

    private static string P(int percent) => (percent / 100.0).ToString("P0", CultureInfo.GetCultureInfo("fi-FI"));

    private HttpClient Admin() => Client(EditorRoles.RegionalAdmin);

    private HttpClient AreaLeader(string area) => Client(EditorRoles.AreaLeader, area: area);

    private HttpClient Client(string role, string? area = null, string? municipality = null)
    {
        var client = factory.CreateBrowserLikeClient();
        client.DefaultRequestHeaders.Add(TestAuthHandler.RolesHeader, role);
        if (area is not null)
        {
            client.DefaultRequestHeaders.Add(TestAuthHandler.AreaHeader, area);
        }

        if (municipality is not null)
        {
            client.DefaultRequestHeaders.Add(TestAuthHandler.MunicipalityHeader, municipality);
        }

        return client;
    }

    private static async Task<string> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(Root + path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<Dictionary<string, List<string[]>>> TablesAsync(HttpClient client, string path) =>
        HtmlTables.Parse(await GetAsync(client, path));
}
