namespace SahkoinenPerhekeskus.Web.Api.Hsds;

/// <summary>The query parameters of the HSDS list endpoints, checked: a bad value is a 400, never a guess or a 500.</summary>
public sealed record HsdsParameters
{
    public const int DefaultPerPage = 50;
    public const int MaxPerPage = 200;

    /// <summary>HSDS asks minimal lists to fit one page, so they may be much longer.</summary>
    public const int MaxMinimalPerPage = 10_000;

    public string? Search { get; init; }
    public int Page { get; init; } = 1;
    public int PerPage { get; init; } = DefaultPerPage;
    public string? TaxonomyTermId { get; init; }
    public string? TaxonomyId { get; init; }
    public string? OrganizationId { get; init; }
    public DateTime? ModifiedAfter { get; init; }
    public bool Minimal { get; init; }
    public bool Full { get; init; }

    /// <summary>Language of the search (fi, sv, en): a profile extension, Finnish by default.</summary>
    public string Lang { get; init; } = "fi";

    /// <summary>Reads the query string; returns the first problem as text, or null when every value is usable.</summary>
    public static (HsdsParameters Parameters, string? Problem) Read(IQueryCollection query)
    {
        var p = new HsdsParameters();
        string? problem = null;
        void Fail(string message) => problem ??= message;

        foreach (var key in query.Keys)
        {
            if (query[key].Count > 1)
            {
                Fail($"'{key}' is given {query[key].Count} times; give it once");
            }
        }

        p = p with
        {
            Search = Text(query, "search", 200, Fail),
            Page = Integer(query, "page", 1, 1, 1_000_000, Fail),
            TaxonomyTermId = Text(query, "taxonomy_term_id", 64, Fail),
            TaxonomyId = Text(query, "taxonomy_id", 64, Fail),
            OrganizationId = Text(query, "organization_id", 64, Fail),
            Minimal = Boolean(query, "minimal", Fail),
            Full = Boolean(query, "full", Fail),
        };
        p = p with { PerPage = Integer(query, "per_page", DefaultPerPage, 1, p.Minimal ? MaxMinimalPerPage : MaxPerPage, Fail) };
        if (p.Minimal && p.Full)
        {
            Fail("'minimal' and 'full' cannot both be true");
        }

        if (query.TryGetValue("modified_after", out var modified) && !string.IsNullOrWhiteSpace(modified))
        {
            if (DateTimeOffset.TryParse(modified.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when))
            {
                p = p with { ModifiedAfter = when.UtcDateTime };
            }
            else
            {
                Fail($"'modified_after' must be an ISO 8601 date or date-time such as 2026-01-31T12:00:00Z, not '{Shown(modified.ToString())}'");
            }
        }

        if (query.TryGetValue("lang", out var lang) && !string.IsNullOrWhiteSpace(lang))
        {
            if (lang.ToString() is "fi" or "sv" or "en")
            {
                p = p with { Lang = lang.ToString() };
            }
            else
            {
                Fail("'lang' must be fi, sv or en");
            }
        }

        return (p, problem);
    }

    private static string? Text(IQueryCollection query, string name, int max, Action<string> fail)
    {
        var value = query[name].ToString().Trim();
        if (value.Length > max)
        {
            fail($"'{name}' is longer than {max} characters");
            return null;
        }

        return value.Length == 0 ? null : value;
    }

    private static int Integer(IQueryCollection query, string name, int fallback, int min, int max, Action<string> fail)
    {
        var value = query[name].ToString().Trim();
        if (value.Length == 0)
        {
            return fallback;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        fail($"'{name}' must be a whole number from {min} to {max}, not '{Shown(value)}'");
        return fallback;
    }

    private static bool Boolean(IQueryCollection query, string name, Action<string> fail)
    {
        var value = query[name].ToString().Trim();
        if (value.Length == 0)
        {
            return false;
        }

        if (bool.TryParse(value, out var b))
        {
            return b;
        }

        fail($"'{name}' must be true or false, not '{Shown(value)}'");
        return false;
    }

    private static string Shown(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
