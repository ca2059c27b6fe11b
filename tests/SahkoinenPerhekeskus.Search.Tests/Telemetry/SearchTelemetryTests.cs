using System.Collections.Concurrent;
using System.Diagnostics;
using SahkoinenPerhekeskus.Search.Telemetry;

namespace SahkoinenPerhekeskus.Search.Tests.Telemetry;

public sealed class SearchTelemetryTests : IDisposable
{
    private readonly TempIndexFolder _folder = new();
    private readonly ServiceIndex _index;
    private readonly ConcurrentBag<Activity> _spans = [];
    private readonly ActivityListener _listener;

    public SearchTelemetryTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == SearchTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Add,
        };
        ActivitySource.AddActivityListener(_listener);
        _index = new ServiceIndex(TestEnvironment.Options(_folder.Path));
        _index.Rebuild([Docs.Fi("perheneuvola", "Perheneuvola", "Perheneuvola auttaa kasvatukseen liittyvissä kysymyksissä.")]);
    }

    [Fact]
    public void TextSearch_RecordsItsStages_AsChildSpans_WithoutTheQueryText()
    {
        using var parent = new Activity("test").Start();
        var results = _index.Search(new SearchQuery { Text = "kasvatus huolettaa" });

        var mine = _spans.Where(s => s.TraceId == parent.TraceId).ToList();
        var search = Assert.Single(mine, s => s.OperationName == "search");
        Assert.Equal(results.Total, search.GetTagItem("search.total"));
        foreach (var stage in new[] { "search.analyze", "search.plan", "search.query", "search.facets", "search.snippets" })
        {
            Assert.Contains(mine, s => s.OperationName == stage && s.ParentSpanId == search.SpanId);
        }

        var tagText = string.Join(' ', mine.SelectMany(s => s.Tags).Select(t => t.Value));
        Assert.DoesNotContain("kasvatus", tagText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("huolettaa", tagText, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _index.Dispose();
        _folder.Dispose();
    }
}
