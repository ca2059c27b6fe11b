using System.Globalization;
using System.Net;
using System.Text;

namespace SahkoinenPerhekeskus.Bench.Soak;

public static class Report
{
    public static string Markdown(
        SoakOptions options, IReadOnlyList<WrkResult> baseline, IReadOnlyList<WrkResult> load, IReadOnlyList<Publish> acks,
        IReadOnlyList<string> publishErrors, IReadOnlyList<string> finalMissing, IReadOnlyList<(TimeSpan At, long A, long B)> rss,
        IReadOnlyList<(string Node, HttpStatusCode Status)> ready, int pageCount, int searchCount)
    {
        var c = CultureInfo.InvariantCulture;
        var s = new StringBuilder();
        s.AppendLine(c, $"# Soak: two nodes on one PostgreSQL, {options.Duration.TotalMinutes:0.#} min");
        s.AppendLine();
        s.AppendLine(c, $"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores by `bench/soak/run.sh --minutes {options.Duration.TotalMinutes:0.#}`.");
        s.AppendLine(c, $"Load: wrk, 1 thread and {options.Connections} connections per node, 80 % page views ({pageCount} paths: the home page, its links, every service page) and 20 % searches ({searchCount} queries). Rate limits off.");
        s.AppendLine(c, $"Editors: one signed in on each node, publishing through \"Tallenna ja julkaise\" every {options.Interval.TotalSeconds:0.#} s in turn (a new word in the Finnish summary of one of {acks.Select(a => a.Id).Distinct().Count()} services).");
        s.AppendLine();
        s.AppendLine("| node | requests | req/s | p50 ms | p90 ms | p99 ms | non-2xx/3xx | socket errors | `/healthz` req/s | `/healthz` p50 ms | p50 ÷ `/healthz` p50 |");
        s.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (var i = 0; i < load.Count; i++)
        {
            var l = load[i];
            var b = baseline[i];
            s.AppendLine(c, $"| {(i == 0 ? "A" : "B")} | {l.Requests} | {l.PerSecond:0} | {l.P50Ms:0.0} | {l.P90Ms:0.0} | {l.P99Ms:0.0} | {l.Non2xx3xx} | {l.SocketErrors} | {b.PerSecond:0} | {b.P50Ms:0.00} | {l.P50Ms / b.P50Ms:0.0} |");
        }

        var visible = acks.Where(a => a.VisibleAfter is not null).Select(a => a.VisibleAfter!.Value.TotalMilliseconds).Order().ToList();
        s.AppendLine();
        s.AppendLine("## Publishes");
        s.AppendLine();
        s.AppendLine(c, $"- acknowledged (302): **{acks.Count}**; failed: **{publishErrors.Count}**");
        s.AppendLine(c, $"- not visible on both nodes' search API within 30 s: **{acks.Count(a => a.VisibleAfter is null)}**");
        s.AppendLine(c, $"- last acknowledged word of a service missing from a node at the end: **{finalMissing.Count}**");
        if (visible.Count > 0)
        {
            s.AppendLine(c, $"- from the 302 to found on both nodes: p50 {Quantile(visible, 0.5):0} ms, p95 {Quantile(visible, 0.95):0} ms, max {visible[^1]:0} ms");
        }

        foreach (var line in publishErrors.Concat(finalMissing).Take(20))
        {
            s.AppendLine(c, $"  - {line}");
        }

        s.AppendLine();
        s.AppendLine("## Memory (RSS, sampled every 5 s)");
        s.AppendLine();
        s.AppendLine("| node | first | max | last | last ÷ median of the first minute |");
        s.AppendLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var (name, pick) in new (string, Func<(TimeSpan At, long A, long B), long>)[] { ("A", r => r.A), ("B", r => r.B) })
        {
            var values = rss.Select(pick).Where(v => v > 0).ToList();
            if (values.Count == 0)
            {
                continue;
            }

            var firstMinute = rss.Where(r => r.At < TimeSpan.FromMinutes(1)).Select(pick).Where(v => v > 0).Order().ToList();
            var early = firstMinute.Count > 0 ? firstMinute[firstMinute.Count / 2] : values[0];
            s.AppendLine(c, $"| {name} | {values[0] / 1024} MB | {values.Max() / 1024} MB | {values[^1] / 1024} MB | {(double)values[^1] / early:0.00} |");
        }

        s.AppendLine();
        s.AppendLine(c, $"`/healthz/ready` at the end: {string.Join(", ", ready.Select(r => $"{(int)r.Status}"))}.");
        return s.ToString();
    }

    private static double Quantile(List<double> sorted, double q) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
}
