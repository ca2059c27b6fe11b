using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SahkoinenPerhekeskus.Search.Telemetry;

/// <summary>
/// The search's own spans and metrics. Built on System.Diagnostics so the Search project needs no telemetry
/// package: with no listener (OpenTelemetry off) a span is a null check. Tags carry counts and languages only,
/// never the query text, which may describe a family's situation.
/// </summary>
public static class SearchTelemetry
{
    public const string Name = "SahkoinenPerhekeskus.Search";

    internal static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "perhekeskus.search.duration", unit: "s", description: "Time to answer one search, from analysis to snippets.");

    private static readonly Counter<long> ZeroHits = Meter.CreateCounter<long>(
        "perhekeskus.search.zero_hits", description: "Searches with text that found nothing.");

    internal static Activity? Start(string name) => Source.StartActivity(name, ActivityKind.Internal);

    internal static void Record(TimeSpan elapsed, bool hasText, int total, string language)
    {
        var tags = new TagList { { "search.text", hasText }, { "search.ui_language", language } };
        Duration.Record(elapsed.TotalSeconds, tags);
        if (hasText && total == 0)
        {
            ZeroHits.Add(1, tags);
        }
    }
}
