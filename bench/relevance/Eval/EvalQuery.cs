using System.Text.Json;
using SahkoinenPerhekeskus.Search;

namespace SahkoinenPerhekeskus.Bench.Eval;

/// <summary>One judged query of queries.*.json; filters are hard constraints every system applies the same way.</summary>
public sealed record EvalQuery(
    string Id,
    string Text,
    string Language,
    string? Municipality,
    int? AgeYears,
    string? Need,
    string Intent,
    IReadOnlyDictionary<string, int> Judgments,
    string? Split = null)
{
    public static List<EvalQuery> Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        return json.RootElement.EnumerateArray().Select(q =>
        {
            var filters = q.GetProperty("filters");
            return new EvalQuery(
                q.GetProperty("id").GetString()!,
                q.GetProperty("q").GetString()!,
                q.GetProperty("lang").GetString()!,
                StringOrNull(filters, "municipality"),
                filters.TryGetProperty("age", out var age) && age.ValueKind == JsonValueKind.Number ? age.GetInt32() : null,
                StringOrNull(filters, "need"),
                q.TryGetProperty("intent", out var intent) ? intent.GetString() ?? "" : "",
                q.GetProperty("judgments").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32()),
                q.TryGetProperty("split", out var split) ? split.GetString() : null);
        }).ToList();
    }

    public bool OffTopic => Judgments.Count == 0;

    /// <summary>The filters as our engine's query; age in years becomes that year's months.</summary>
    public SearchQuery ToSearchQuery(IReadOnlyDictionary<string, string> municipalityCodes, int pageSize) => new()
    {
        Text = Text,
        UiLanguage = Language,
        MunicipalityCode = Municipality is null ? null : municipalityCodes.GetValueOrDefault(Municipality, "none"),
        AgeMonthsFrom = AgeYears * 12,
        AgeMonthsTo = AgeYears * 12 + 11,
        Needs = Need is null ? [] : [Need],
        PageSize = pageSize,
    };

    /// <summary>The same filters applied to a document in memory (for the baselines).</summary>
    public bool Admits(SearchDocument d, IReadOnlyDictionary<string, string> municipalityCodes)
    {
        if (Municipality is not null && !d.Nationwide && !d.MunicipalityCodes.Contains(municipalityCodes.GetValueOrDefault(Municipality, "none")))
        {
            return false;
        }

        if (AgeYears is { } years && ((d.MinMonths ?? int.MinValue) > years * 12 + 11 || (d.MaxMonths ?? int.MaxValue) < years * 12))
        {
            return false;
        }

        return Need is null || d.Needs.Contains(Need);
    }

    private static string? StringOrNull(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
