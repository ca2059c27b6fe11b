using System.Globalization;
using System.Text;

namespace SahkoinenPerhekeskus.Bench.Crash;

public sealed record CrashOptions(string Database, int Trials, int Seed, string Out, string Work, string Dll, string Url, IReadOnlyDictionary<string, string> Environment)
{
    public static CrashOptions Parse(string[] args)
    {
        string Get(string name, string? fallback = null)
        {
            var i = Array.IndexOf(args, "--" + name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback ?? throw new ArgumentException("--" + name + " is required");
        }

        var database = Get("db", "sqlite");
        var work = Get("work");
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            // Verbs run in the work folder (their file arguments are relative to it), so the site's folders are named.
            ["Perhekeskus__WebRoot"] = Path.GetFullPath("wwwroot"),
            ["Perhekeskus__ContentDirectory"] = Path.GetFullPath("content"),
            ["Perhekeskus__DataDirectory"] = Path.Combine(work, "data"),
            ["Perhekeskus__Web__RateLimits__Enabled"] = "false",
            ["Perhekeskus__BackOffice__SchedulerIntervalSeconds"] = "1",
            ["Perhekeskus__DemoAccounts__Enabled"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        if (database == "postgres")
        {
            environment["Perhekeskus__Database__Provider"] = "postgres";
            environment["ConnectionStrings__Postgres"] = System.Environment.GetEnvironmentVariable("PG_CONNECTION") ?? throw new ArgumentException("PG_CONNECTION is required for --db postgres");
        }
        else if (database != "sqlite")
        {
            throw new ArgumentException("--db is sqlite or postgres");
        }

        return new CrashOptions(
            database, int.Parse(Get("trials", "200"), CultureInfo.InvariantCulture), int.Parse(Get("seed", "20261208"), CultureInfo.InvariantCulture),
            Get("out"), work, Get("dll"), Get("url", "http://127.0.0.1:5391"), environment);
    }
}

public static class Tokens
{
    /// <summary>Eight random letters: far apart from each other, so a fuzzy match never mistakes one write for another.</summary>
    public static string Next(Random random) => "kaatuu" + new string(Enumerable.Range(0, 8).Select(_ => (char)('a' + random.Next(26))).ToArray());
}

public static class CrashReport
{
    public static string Markdown(CrashOptions o, IReadOnlyList<Trial> trials)
    {
        var c = CultureInfo.InvariantCulture;
        var s = new StringBuilder();
        s.AppendLine(c, $"## {(o.Database == "sqlite" ? "SQLite" : "PostgreSQL")}: {trials.Count} kill -9 trials");
        s.AppendLine();
        s.AppendLine(c, $"Run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC by `bench/crash/run.sh --db {o.Database} --trials {o.Trials}` (seed {o.Seed}).");
        s.AppendLine();
        s.AppendLine("| kind | trials | kill after (ms) | verify passed | index rebuilt at start | writes acknowledged | acknowledged writes lost | verify s (median) | restart s (median) |");
        s.AppendLine("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var group in trials.GroupBy(t => t.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var list = group.ToList();
            s.AppendLine(c, $"| {group.Key} | {list.Count} | {list.Min(t => t.KilledAfter.TotalMilliseconds):0}–{list.Max(t => t.KilledAfter.TotalMilliseconds):0} | {list.Count(t => t.VerifyCode == 0)} | {list.Count(t => t.Verify.Contains("rebuilt", StringComparison.Ordinal))} | {list.Sum(t => t.Acked)} | {list.Sum(t => t.Lost.Count)} | {Median(list.Select(t => t.VerifySeconds)):0.0} | {Median(list.Select(t => t.RestartSeconds)):0.0} |");
        }

        var failures = trials.Where(t => t.VerifyCode != 0 || t.Lost.Count > 0).ToList();
        s.AppendLine();
        s.AppendLine(failures.Count == 0 ? "Every trial passed: integrity ok, index equal to the database in ids and versions, no acknowledged write lost." : $"{failures.Count} trials failed:");
        foreach (var t in failures.Take(20))
        {
            s.AppendLine(c, $"- trial {t.Number} ({t.Kind}, {t.KilledAfter.TotalMilliseconds:0} ms): verify {t.VerifyCode} `{t.Verify}`; {string.Join("; ", t.Lost)}");
        }

        return s.ToString();
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
