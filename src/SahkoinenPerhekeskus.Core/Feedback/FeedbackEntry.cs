namespace SahkoinenPerhekeskus.Core.Feedback;

/// <summary>What a "was this helpful?" answer is about.</summary>
public enum FeedbackTargetKind
{
    Service = 0,
    Page = 1,
}

/// <summary>
/// One answer to "Oliko tästä apua?". Deliberately nothing about the person: no IP address, user agent, cookie,
/// session, language or time of day; only the day, what the page was and where the service is.
/// </summary>
public class FeedbackEntry
{
    public const int MaxTargetId = 120;
    public const int MaxCode = 64;

    /// <summary>Upper bound of the stored free text; longer texts are cut at a word.</summary>
    public const int MaxText = 500;

    public long Id { get; set; }

    /// <summary>The day in Finnish time (date only), so answers cannot be lined up with server logs by the second.</summary>
    public DateOnly Day { get; init; }

    public FeedbackTargetKind TargetKind { get; init; }

    /// <summary>The service's public id, or the content page's slug.</summary>
    public required string TargetId { get; init; }

    /// <summary>The service type code at the time of the answer (null for pages and services without a type).</summary>
    public string? ServiceTypeCode { get; init; }

    /// <summary>Set when the service serves exactly one municipality (Statistics Finland code).</summary>
    public string? MunicipalityCode { get; init; }

    /// <summary>Set when every municipality the service serves lies in one family-centre area.</summary>
    public string? AreaCode { get; init; }

    public bool Helpful { get; init; }

    /// <summary>The optional free text after scrubbing; deleted by the retention job after the retention period.</summary>
    public string? Text { get; set; }
}
