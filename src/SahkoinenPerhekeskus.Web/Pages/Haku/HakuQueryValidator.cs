using SahkoinenPerhekeskus.Core.Structure;
using SahkoinenPerhekeskus.Search;

namespace SahkoinenPerhekeskus.Web.Pages.Haku;

/// <summary>
/// Checks a search against the regional structure: municipalities by name, slug or Statistics Finland code,
/// taxonomy codes, ages and paging. The page and the JSON API share it, so they accept exactly the same input.
/// </summary>
public sealed class HakuQueryValidator(PerhekeskusDbContext db, ReferenceData reference)
{
    public const int MaxTextLength = 200;
    public const int MaxPage = 500;
    public const int MaxPageSize = 100;
    public const int MaxAgeYears = 120;
    private const int MaxValues = 20;

    private static readonly HashSet<string> KnownChannels = ["visit", "phone", "chat", "eservice", "web", "email"];

    public async Task<(HakuQuery? Query, IReadOnlyList<HakuQueryError> Errors)> ValidateAsync(RawHakuQuery raw, CancellationToken ct)
    {
        var errors = new List<HakuQueryError>();
        var structure = await reference.GetAsync(db, ct);
        var text = raw.Text?.Trim();
        if (text is { Length: > MaxTextLength })
        {
            errors.Add(new("q", "TooLong", $"The search text is longer than {MaxTextLength} characters."));
        }

        string? municipalityCode = null;
        if (!string.IsNullOrWhiteSpace(raw.Municipality))
        {
            var m = raw.Municipality.Trim();
            var found = m.Length <= 64 ? structure.FindMunicipality(m)?.Code : null;
            if (found is null)
            {
                errors.Add(new("municipality", "UnknownMunicipality", $"Unknown municipality '{Shorten(m)}': use a name or a Statistics Finland code of the region."));
            }

            municipalityCode = found;
        }

        var ageYears = Number(raw.AgeYears, "age", 0, MaxAgeYears, errors);
        var ageMonths = Number(raw.AgeMonths, "ageMonths", -9, MaxAgeYears * 12, errors);
        var ageGroups = Codes(raw.AgeGroups, "ageGroup", structure.AgeGroupCodes, errors);
        var needs = Codes(raw.Needs, "need", structure.NeedCodes, errors);
        var channels = Codes(raw.Channels, "channel", KnownChannels, errors);
        var languages = Codes(raw.Languages, "language", null, errors);
        var free = Flag(raw.Free, "free", errors);
        var noReferral = Flag(raw.NoReferral, "noReferral", errors);
        var sort = raw.Sort?.Trim().ToLowerInvariant() switch
        {
            null or "" or "relevance" or "osuvuus" => SearchSort.Relevance,
            "name" or "nimi" => SearchSort.Name,
            _ => Invalid(errors, "sort", "relevance or name"),
        };
        var page = Number(raw.Page, "page", 1, MaxPage, errors) ?? 1;
        var pageSize = Number(raw.PageSize, "pageSize", 1, MaxPageSize, errors) ?? 20;

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        // "3-vuotias ei puhu" filters by age and searches "ei puhu"; an age chosen in the form wins over the text.
        var mention = ageYears is null && ageMonths is null ? AgeInText.Find(text) : null;
        if (mention is not null)
        {
            text = mention.RemainingText;
        }

        return (new HakuQuery
        {
            Text = string.IsNullOrWhiteSpace(text) ? null : text,
            MunicipalityCode = municipalityCode,
            AgeYears = mention is null ? ageYears : mention.Years,
            AgeMonths = mention is null ? ageMonths : mention.AgeMonths,
            AgeFromText = mention,
            AgeGroups = ageGroups,
            Needs = needs,
            Channels = channels,
            Languages = languages,
            Free = free,
            NoReferral = noReferral,
            Sort = sort,
            Page = page,
            PageSize = pageSize,
        }, errors);
    }

    private static int? Number(string? value, string parameter, int min, int max, List<HakuQueryError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
        {
            errors.Add(new(parameter, "OutOfRange", $"'{Shorten(value)}' is not a whole number from {min} to {max}."));
            return null;
        }

        return n;
    }

    private static List<string> Codes(IReadOnlyList<string> values, string parameter, IReadOnlySet<string>? known, List<HakuQueryError> errors)
    {
        var codes = values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => v.ToLowerInvariant()).Distinct().ToList();
        if (codes.Count > MaxValues)
        {
            errors.Add(new(parameter, "TooMany", $"At most {MaxValues} values of {parameter}."));
            return [];
        }

        foreach (var code in codes.Where(c => known is null ? c.Length is < 2 or > 3 || !c.All(char.IsAsciiLetterLower) : !known.Contains(c)))
        {
            errors.Add(new(parameter, "UnknownCode", $"Unknown {parameter} '{Shorten(code)}'."));
        }

        return codes;
    }

    private static bool Flag(string? value, string parameter, List<HakuQueryError> errors)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case null or "" or "false" or "0":
                return false;
            case "true" or "1" or "on":
                return true;
            default:
                errors.Add(new(parameter, "NotAFlag", $"'{Shorten(value)}' is not true or false."));
                return false;
        }
    }

    private static SearchSort Invalid(List<HakuQueryError> errors, string parameter, string allowed)
    {
        errors.Add(new(parameter, "UnknownCode", $"Use {allowed}."));
        return SearchSort.Relevance;
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
