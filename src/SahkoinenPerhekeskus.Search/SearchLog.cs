using Microsoft.Extensions.Logging;

namespace SahkoinenPerhekeskus.Search;

/// <summary>The search's log messages, generated at compile time so a disabled level costs nothing.</summary>
internal static partial class SearchLog
{
    [LoggerMessage(1, LogLevel.Information, "Search analyser: {Analyser}; {Synonyms} synonym keys, {Compounds} fallback compound forms")]
    public static partial void AnalyserReady(this ILogger logger, string analyser, int synonyms, int compounds);

    [LoggerMessage(2, LogLevel.Warning, "libvoikko unavailable ({Library}); Finnish search falls back to stemming and the compound dictionary")]
    public static partial void VoikkoUnavailable(this ILogger logger, Exception exception, string library);

    [LoggerMessage(3, LogLevel.Warning, "Search index at {Path} could not be opened; starting empty until it is rebuilt")]
    public static partial void IndexNotOpened(this ILogger logger, Exception exception, string path);

    [LoggerMessage(4, LogLevel.Warning, "Rebuilding search index at {Path} from scratch")]
    public static partial void IndexRebuiltFromScratch(this ILogger logger, Exception exception, string path);

    [LoggerMessage(5, LogLevel.Warning, "Search index at {Path} is unreadable")]
    public static partial void IndexUnreadable(this ILogger logger, Exception exception, string path);

    [LoggerMessage(6, LogLevel.Debug, "Ignoring error while closing the {Part}")]
    public static partial void CloseFailed(this ILogger logger, Exception exception, string part);
}
