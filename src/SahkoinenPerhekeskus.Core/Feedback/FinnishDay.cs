namespace SahkoinenPerhekeskus.Core.Feedback;

/// <summary>Days as families live them: the date in Finland, whatever the server's time zone.</summary>
public static class FinnishDay
{
    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    public static DateOnly Today(TimeProvider time) => Of(time.GetUtcNow());

    public static DateOnly Of(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Helsinki).DateTime);
}
