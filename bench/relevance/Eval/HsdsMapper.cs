using System.Text.Json;
using System.Text.RegularExpressions;
using SahkoinenPerhekeskus.Search;

namespace SahkoinenPerhekeskus.Bench.Eval;

/// <summary>
/// A small HSDS 3.0 → <see cref="SearchDocument"/> mapper for the benches, until Core's importer exists.
/// The first entry of <c>languages</c> is the language the record is written in.
/// </summary>
public static partial class HsdsMapper
{
    public sealed record Corpus(IReadOnlyList<SearchDocument> Documents, IReadOnlyDictionary<string, string> MunicipalityCodes);

    public static Corpus Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var municipalities = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var documents = new List<SearchDocument>();
        foreach (var service in json.RootElement.GetProperty("services").EnumerateArray())
        {
            foreach (var area in Array(service, "service_areas").Where(a => Str(a, "extent") is { } e && e != "FI"))
            {
                municipalities[Str(area, "name")!] = Str(area, "extent")!;
            }

            documents.Add(Map(service));
        }

        return new Corpus(documents, municipalities);
    }

    public static SearchDocument Map(JsonElement s)
    {
        var id = Str(s, "id")!;
        var language = Array(s, "languages").Select(l => Str(l, "code")).FirstOrDefault() ?? "fi";
        var areas = Array(s, "service_areas").ToList();
        var attributes = Array(s, "attributes").ToList();
        var locations = Array(s, "service_at_locations").Select(l => l.GetProperty("location")).ToList();
        var organisation = s.TryGetProperty("organization", out var org) ? Str(org, "name") : null;
        var needTerms = Terms(attributes, "need");
        var ageTerms = Terms(attributes, "age_group");
        var description = Str(s, "description") ?? "";
        var (summary, rest) = SplitLead(description);

        var body = string.Join("\n", new[]
            {
                rest,
                Str(s, "eligibility_description"),
                Str(s, "application_process"),
                Str(s, "fees_description"),
                Str(s, "interpretation_services"),
                string.Join(". ", locations.Select(l => Str(l, "name"))),
                string.Join(". ", Array(s, "phones").Select(p => Str(p, "description"))),
                string.Join(". ", Array(s, "schedules").Select(p => Str(p, "description"))),
            }.Where(t => !string.IsNullOrWhiteSpace(t)));
        var places = string.Join(", ", areas.Select(a => Str(a, "name")));
        var taxonomyNames = string.Join(", ", needTerms.Concat(ageTerms).Select(t => t.Name));

        var texts = new Dictionary<string, LocalizedSearchText>
        {
            [language] = new(Str(s, "name"), Str(s, "alternate_name"), summary, body, null,
                language == "fi" ? $"{places}. {taxonomyNames}. {organisation}" : $"{places}. {organisation}"),
        };
        if (language != "fi")
        {
            // Taxonomy names exist only in Finnish and Finnish queries inflect place names the Finnish way;
            // both describe the service all the same.
            texts["fi"] = new LocalizedSearchText(null, null, null, null, null, $"{places}. {taxonomyNames}");
        }

        var fees = (Str(s, "fees_description") ?? "").ToLowerInvariant();
        var process = $"{Str(s, "application_process")} {Str(s, "eligibility_description")}".ToLowerInvariant();
        var hasCost = Array(s, "cost_options").Any();
        return new SearchDocument
        {
            Id = id,
            Slug = Slug(Str(s, "url"), id),
            Texts = texts,
            PrimaryLanguage = language,
            OrganisationName = organisation,
            MunicipalityCodes = areas.Select(a => Str(a, "extent")).Where(e => e is not null && e != "FI").Select(e => e!).ToList(),
            Nationwide = areas.Any(a => Str(a, "extent") == "FI"),
            MinMonths = Int(s, "minimum_age") * 12,
            MaxMonths = Int(s, "maximum_age") * 12 + 11,
            Needs = needTerms.Select(t => t.Code).ToList(),
            AgeGroups = ageTerms.Select(t => t.Code).ToList(),
            Channels = Channels(s, locations),
            Languages = Array(s, "languages").Select(l => Str(l, "code")).OfType<string>().Distinct().ToList(),
            Free = !hasCost && FreePattern().IsMatch(fees),
            NoReferral = !ReferralPattern().IsMatch(process) || NoReferralPattern().IsMatch(process),
            Updated = DateTimeOffset.TryParse(Str(s, "last_modified"), out var updated) ? updated : DateTimeOffset.UnixEpoch,
        };
    }

    private static List<string> Channels(JsonElement s, List<JsonElement> locations)
    {
        var channels = new List<string>();
        if (locations.Any(l => Str(l, "location_type") == "physical"))
        {
            channels.Add("visit");
        }

        if (Array(s, "phones").Any())
        {
            channels.Add("phone");
        }

        var text = $"{Str(s, "name")} {Str(s, "description")}";
        if (ChatPattern().IsMatch(text))
        {
            channels.Add("chat");
        }

        if (locations.Any(l => Str(l, "location_type") == "virtual"))
        {
            channels.Add("eservice");
        }

        if (Str(s, "url") is not null)
        {
            channels.Add("web");
        }

        if (Str(s, "email") is not null)
        {
            channels.Add("email");
        }

        return channels;
    }

    private static (string? Lead, string Remainder) SplitLead(string description)
    {
        var match = SentenceEnd().Match(description);
        return match.Success ? (description[..(match.Index + 1)], description[(match.Index + 1)..].Trim()) : (description, "");
    }

    private static List<(string Code, string Name)> Terms(List<JsonElement> attributes, string linkType) =>
        attributes.Where(a => Str(a, "link_type") == linkType && a.TryGetProperty("taxonomy_term", out _))
            .Select(a => (Str(a.GetProperty("taxonomy_term"), "code")!, Str(a.GetProperty("taxonomy_term"), "name")!))
            .ToList();

    private static string Slug(string? url, string id) => url is null ? id : url.TrimEnd('/').Split('/')[^1];

    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [];

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

    [GeneratedRegex(@"(?<=[a-zåäö0-9)])\.\s+(?=[A-ZÅÄÖ])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"maksuton|maksuttom|free of charge|avgiftsfri")]
    private static partial Regex FreePattern();

    [GeneratedRegex(@"lähete|referral|remiss")]
    private static partial Regex ReferralPattern();

    [GeneratedRegex(@"(ilman|ei tarvita|ei tarvitse|ei vaadi)\w* lähet|without (a )?referral|no referral|utan remiss")]
    private static partial Regex NoReferralPattern();

    [GeneratedRegex(@"\bchat", RegexOptions.IgnoreCase)]
    private static partial Regex ChatPattern();
}
