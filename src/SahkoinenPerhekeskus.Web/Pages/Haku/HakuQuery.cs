using SahkoinenPerhekeskus.Search;

namespace SahkoinenPerhekeskus.Web.Pages.Haku;

/// <summary>The raw values of a search, as they arrive in a query string; nothing here is trusted yet.</summary>
public sealed record RawHakuQuery
{
    public string? Text { get; init; }
    public string? Municipality { get; init; }
    public string? AgeYears { get; init; }
    public string? AgeMonths { get; init; }
    public IReadOnlyList<string> AgeGroups { get; init; } = [];
    public IReadOnlyList<string> Needs { get; init; } = [];
    public IReadOnlyList<string> Channels { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = [];
    public string? Free { get; init; }
    public string? NoReferral { get; init; }
    public string? Sort { get; init; }
    public string? Page { get; init; }
    public string? PageSize { get; init; }
}

/// <summary>A validated search of the tray: every code is known, every number in range.</summary>
public sealed record HakuQuery
{
    public string? Text { get; init; }
    public string? MunicipalityCode { get; init; }
    public int? AgeYears { get; init; }
    public int? AgeMonths { get; init; }
    public IReadOnlyList<string> AgeGroups { get; init; } = [];
    public IReadOnlyList<string> Needs { get; init; } = [];
    public IReadOnlyList<string> Channels { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = [];
    public bool Free { get; init; }
    public bool NoReferral { get; init; }
    public SearchSort Sort { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;

    /// <summary>The age found in the family's own words; <see cref="AgeYears"/> or <see cref="AgeMonths"/> then come from it.</summary>
    public AgeMention? AgeFromText { get; init; }

    /// <summary>The child's age as a range: an age in months wins over one in years. Null when neither is given.</summary>
    public AgeRange? Age =>
        AgeMonths is { } months ? AgeRange.FromMonths(months)
        : AgeYears is { } years ? AgeRange.FromYears(years)
        : null;

    public bool HasFilters => MunicipalityCode is not null || AgeYears is not null || AgeMonths is not null || AgeGroups.Count > 0
        || Needs.Count > 0 || Channels.Count > 0 || Languages.Count > 0 || Free || NoReferral;

    public bool IsEmpty => string.IsNullOrWhiteSpace(Text) && !HasFilters;
}

/// <summary>One problem with a search parameter; <see cref="Code"/> selects the message shown to people.</summary>
public sealed record HakuQueryError(string Parameter, string Code, string Detail);
