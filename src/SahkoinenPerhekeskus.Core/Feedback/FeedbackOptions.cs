namespace SahkoinenPerhekeskus.Core.Feedback;

/// <summary>Settings under <c>Perhekeskus:Feedback</c>.</summary>
public sealed record FeedbackOptions
{
    public const string Section = "Perhekeskus:Feedback";

    /// <summary>Free texts older than this many months are deleted (the yes/no answer stays).</summary>
    public int TextRetentionMonths { get; init; } = 24;

    /// <summary>Search-demand counts older than this many months are deleted.</summary>
    public int DemandRetentionMonths { get; init; } = 24;

    /// <summary>Longest free text kept, in characters (at most <see cref="FeedbackEntry.MaxText"/>).</summary>
    public int MaxTextLength { get; init; } = 500;

    /// <summary>k: a search text is shown in reports only once it has been seen on at least this many different days.</summary>
    public int TermThresholdDays { get; init; } = 3;

    /// <summary>How often the retention job runs.</summary>
    public TimeSpan RetentionInterval { get; init; } = TimeSpan.FromHours(24);

    /// <summary>
    /// Base64 key for the keyed hash of search texts below the threshold. When empty a random key is created in the
    /// data directory's <c>keys/</c> (shared by every node that shares the directory).
    /// </summary>
    public string? TermHashKey { get; init; }

    /// <summary>Feedback posts allowed per client and window (the client is an in-memory hash, never stored).</summary>
    public int RateLimitPermits { get; init; } = 10;

    public TimeSpan RateLimitWindow { get; init; } = TimeSpan.FromMinutes(10);
}
