namespace SahkoinenPerhekeskus.Core.Feedback;

/// <summary>
/// The day's searches (first result pages only) per municipality filter ("" when none was chosen), with how many
/// found nothing.
/// </summary>
public class SearchDayCount
{
    public DateOnly Day { get; init; }
    public required string MunicipalityCode { get; init; }
    public int Searches { get; set; }
    public int ZeroResults { get; set; }
}

/// <summary>The filters of the day's searches: how often each age group and need was chosen, per municipality filter.</summary>
public class SearchFilterDayCount
{
    public const int MaxCode = 64;

    public DateOnly Day { get; init; }
    public required string MunicipalityCode { get; init; }

    /// <summary>One of <see cref="SearchFilterKinds"/>.</summary>
    public required string Filter { get; init; }
    public required string Code { get; init; }
    public int Searches { get; set; }
    public int ZeroResults { get; set; }
}

/// <summary>
/// The day's count of one normalised search text, per municipality filter ("" for none). The text itself is not here:
/// only its keyed hash. The text is kept in <see cref="SearchTerm"/> once it has been seen on enough different days.
/// </summary>
public class SearchTermDayCount
{
    public const int HashLength = 32;

    public DateOnly Day { get; init; }
    public required string TermHash { get; init; }

    /// <summary>The municipality filter of the searches ("" when none was chosen).</summary>
    public required string MunicipalityCode { get; init; }
    public int Searches { get; set; }
    public int ZeroResults { get; set; }
}

/// <summary>A normalised search text that has passed the k-days threshold and may be shown in reports.</summary>
public class SearchTerm
{
    public const int MaxText = 100;

    public required string TermHash { get; init; }
    public required string Text { get; init; }

    /// <summary>The day the threshold was reached.</summary>
    public DateOnly RevealedOn { get; init; }
}

/// <summary>The filter kinds counted, named as in the search page's query string (the municipality has its own column).</summary>
public static class SearchFilterKinds
{
    public const string AgeGroup = "ika";
    public const string Need = "tarve";
}
