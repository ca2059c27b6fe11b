using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SahkoinenPerhekeskus.Bench.Soak;

/// <summary>What one wrk run printed: throughput, latency percentiles, and every kind of failed request.</summary>
public sealed record WrkResult(string Target, long Requests, double PerSecond, double P50Ms, double P90Ms, double P99Ms, long Non2xx3xx, long SocketErrors, string Raw);

public static partial class Wrk
{
    /// <summary>Writes the lua script: 80 % page views from <paramref name="pages"/>, 20 % searches from <paramref name="searches"/>.</summary>
    public static string Script(string directory, IReadOnlyList<string> pages, IReadOnlyList<string> searches)
    {
        static string Table(IEnumerable<string> paths) => string.Join(",\n", paths.Select(p => "  \"" + p.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\""));
        var path = Path.Combine(directory, "soak.lua");
        File.WriteAllText(path, $$"""
            local pages = {
            {{Table(pages)}}
            }
            local searches = {
            {{Table(searches)}}
            }
            init = function(args)
              math.randomseed(os.time() + math.floor(os.clock() * 1000000))
            end
            request = function()
              if math.random() < 0.8 then
                return wrk.format("GET", pages[math.random(#pages)])
              end
              return wrk.format("GET", searches[math.random(#searches)])
            end
            """);
        return path;
    }

    public static async Task<WrkResult> RunAsync(string url, int connections, TimeSpan duration, string? script, CancellationToken ct)
    {
        var arguments = new List<string> { "-t1", "-c" + connections.ToString(CultureInfo.InvariantCulture), "-d" + (int)duration.TotalSeconds + "s", "--timeout", "10s", "--latency" };
        if (script is not null)
        {
            arguments.AddRange(["-s", script]);
        }

        arguments.Add(url);
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        arguments.ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start (apt-get install -y wrk)");
        var output = await process.StandardOutput.ReadToEndAsync(ct);
        var error = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk exited {process.ExitCode}: {error}");
        }

        return Parse(url, output);
    }

    public static WrkResult Parse(string target, string output)
    {
        var socket = SocketErrors().Match(output);
        long socketErrors = socket.Success ? Enumerable.Range(1, 4).Sum(i => long.Parse(socket.Groups[i].Value, CultureInfo.InvariantCulture)) : 0;
        return new WrkResult(
            target,
            long.Parse(Requests().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            double.Parse(PerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            Percentile(output, "50%"),
            Percentile(output, "90%"),
            Percentile(output, "99%"),
            Non2xx().Match(output) is { Success: true } non ? long.Parse(non.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            socketErrors,
            output);
    }

    private static double Percentile(string output, string label)
    {
        var match = Regex.Match(output, @"^\s*" + Regex.Escape(label) + @"\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!match.Success)
        {
            return double.NaN;
        }

        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Requests();

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex PerSecond();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex Non2xx();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}
