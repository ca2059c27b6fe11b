using SahkoinenPerhekeskus.Core.Taxonomy;
using SahkoinenPerhekeskus.Web.Tests.Api.Hsds;
using SahkoinenPerhekeskus.Web.Tests.PublicSite;
using Xunit.Abstractions;

namespace SahkoinenPerhekeskus.Web.Tests.Haku;

/// <summary>
/// The count beside a filter value is the total of the same search with that value chosen: for random filter
/// combinations, with and without text, over the demo content and over the HSDS evaluation corpus imported on
/// top of it. A dimension that already has a choice is checked with the value as its only choice, which is what
/// its count means (values within a dimension are ORed).
/// </summary>
public sealed class FacetCountPropertyTests(ITestOutputHelper output)
{
    private const int Combinations = 25;

    private static readonly string[] Words =
    [
        "neuvola", "kuraattori", "perheneuvola", "vauva", "mielenterveys", "kiusaaminen", "psykologi", "chat",
        "vertaistuki", "puheterapia", "nuoret", "ero", "päihteet", "kriisipuhelin", "harrastus", "lastensuojelu",
        "koulu", "nevola", "apua lapsen raivokohtauksiin", "synnytyksen jälkeinen masennus", "familjerådgivning", "youth",
    ];

    private static readonly string[] Channels = ["phone", "chat", "eservice", "visit", "web"];

    private static readonly string[] Languages = ["fi", "sv", "en"];

    [Fact]
    public Task FacetCount_RandomFilters_DemoContent_EqualsTotalWithThatValueChosen() => CheckAsync(new PublicSiteFactory(), seed: 20261201);

    [EvalCorpusFact]
    public async Task FacetCount_RandomFilters_EvalCorpus_EqualsTotalWithThatValueChosen()
    {
        var factory = new OpenDataFactory();
        await factory.InitializeAsync();
        await CheckAsync(factory, seed: 20261202);
    }

    private async Task CheckAsync(PerhekeskusWebFactory factory, int seed)
    {
        using var _ = factory;
        var client = factory.CreateClient();
        var (municipalities, ageGroups, needs) = await ReferenceAsync(factory);
        var dimensions = new Dictionary<string, string[]>
        {
            ["municipality"] = municipalities, ["ageGroup"] = ageGroups, ["need"] = needs,
            ["channel"] = Channels, ["language"] = Languages, ["free"] = ["true"], ["noReferral"] = ["true"],
        };
        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        var random = new Random(seed);
        var (checkedCounts, failures) = (0, new List<string>());
        for (var i = 0; i < Combinations; i++)
        {
            var chosen = dimensions.ToDictionary(d => d.Key, d => Choose(random, d.Key, d.Value));
            var text = random.Next(2) == 0 ? null : Words[random.Next(Words.Length)];
            var response = await SearchAsync(client, text, chosen);
            totals[Url(text, chosen)] = response.GetProperty("total").GetInt32();
            var facets = response.GetProperty("facets");
            foreach (var (dimension, values) in dimensions)
            {
                var counts = facets.TryGetProperty(dimension, out var facet)
                    ? facet.EnumerateArray().ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32())
                    : [];
                foreach (var value in values)
                {
                    var withValue = new Dictionary<string, string[]>(chosen) { [dimension] = [value] };
                    var url = Url(text, withValue);
                    if (!totals.TryGetValue(url, out var total))
                    {
                        total = totals[url] = (await SearchAsync(client, text, withValue)).GetProperty("total").GetInt32();
                    }

                    checkedCounts++;
                    if (counts.GetValueOrDefault(value) != total)
                    {
                        failures.Add($"{Url(text, chosen)}: {dimension}={value} shows {counts.GetValueOrDefault(value)}, gives {total}");
                    }
                }
            }
        }

        output.WriteLine($"{Combinations} combinations, {checkedCounts} counts checked, {totals.Count} searches, {failures.Count} wrong");
        failures.Take(30).ToList().ForEach(output.WriteLine);
        Assert.Empty(failures);
    }

    /// <summary>Most dimensions stay unchosen, so most counts are "add this value"; some get one or two values.</summary>
    private static string[] Choose(Random random, string dimension, string[] values)
    {
        var roll = random.NextDouble();
        var many = dimension is "ageGroup" or "need" or "channel" or "language";
        return roll < 0.7 ? [] : roll < 0.9 || !many ? [values[random.Next(values.Length)]] : [.. values.OrderBy(_ => random.Next()).Take(2)];
    }

    private static async Task<(string[] Municipalities, string[] AgeGroups, string[] Needs)> ReferenceAsync(PerhekeskusWebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerhekeskusDbContext>();
        var terms = await db.TaxonomyTerms.AsNoTracking().ToListAsync();
        return (
            [.. await db.Municipalities.AsNoTracking().Select(m => m.Code).ToListAsync()],
            [.. terms.Where(t => t.Taxonomy == TaxonomyKind.AgeGroup).Select(t => t.Code)],
            [.. terms.Where(t => t.Taxonomy == TaxonomyKind.Need).Select(t => t.Code)]);
    }

    // Page 2 of one-item pages: the total is the same, and page 1 would also record search demand, a database write per search.
    private static async Task<JsonElement> SearchAsync(HttpClient client, string? text, Dictionary<string, string[]> chosen)
    {
        var response = await client.GetAsync(Url(text, chosen));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{Url(text, chosen)}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static string Url(string? text, Dictionary<string, string[]> chosen)
    {
        var parts = new List<string> { "pageSize=1", "page=2" };
        if (text is not null)
        {
            parts.Add("q=" + Uri.EscapeDataString(text));
        }

        foreach (var (dimension, values) in chosen.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            parts.AddRange(values.Order(StringComparer.Ordinal).Select(v => $"{dimension}={Uri.EscapeDataString(v)}"));
        }

        return "/api/v1/services?" + string.Join("&", parts);
    }
}

/// <summary>Runs only where the shared evaluation data sits next to the repository (../shared/eval).</summary>
public sealed class EvalCorpusFactAttribute : FactAttribute
{
    public EvalCorpusFactAttribute()
    {
        if (!File.Exists(OpenDataFactory.CorpusPath))
        {
            Skip = $"The evaluation corpus is not at {OpenDataFactory.CorpusPath}.";
        }
    }
}
