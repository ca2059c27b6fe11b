using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SahkoinenPerhekeskus.Bench.Soak;

public sealed record Publish(int Id, string Token, string Node, TimeSpan At)
{
    /// <summary>From the 302 to the moment both nodes' search API found the token; null when that took over 30 s.</summary>
    public TimeSpan? VisibleAfter { get; set; }
}

public sealed record SoakOptions(string A, string B, int[] Pids, string Email, string Password, TimeSpan Duration, int Connections, TimeSpan Interval, string Out)
{
    public static SoakOptions Parse(string[] args)
    {
        string Get(string name, string? fallback = null)
        {
            var i = Array.IndexOf(args, "--" + name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback ?? throw new ArgumentException("--" + name + " is required");
        }

        var minutes = double.Parse(Get("minutes", "10"), CultureInfo.InvariantCulture);
        return new SoakOptions(
            Get("a"), Get("b"), Get("pids").Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray(),
            Get("email"), Environment.GetEnvironmentVariable("SOAK_PASSWORD") ?? throw new ArgumentException("SOAK_PASSWORD is required"),
            TimeSpan.FromMinutes(minutes), int.Parse(Get("connections", "8"), CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(double.Parse(Get("interval", "3"), CultureInfo.InvariantCulture)), Get("out"));
    }
}

public static class Tokens
{
    /// <summary>Eight random letters: far apart from each other, so a fuzzy match never mistakes one publish for another.</summary>
    public static string Next(Random random) => "koe" + new string(Enumerable.Range(0, 8).Select(_ => (char)('a' + random.Next(26))).ToArray());
}

public static class Memory
{
    public static long RssKb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? -1 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return -1;
        }
    }
}

public static class Visibility
{
    public static async Task WaitAsync(HttpClient http, string[] nodes, Publish publish, Stopwatch clock)
    {
        var pending = nodes.ToHashSet();
        while (pending.Count > 0 && clock.Elapsed - publish.At < TimeSpan.FromSeconds(30))
        {
            foreach (var node in pending.ToList())
            {
                if (await FoundAsync(http, node, publish.Token))
                {
                    pending.Remove(node);
                }
            }

            if (pending.Count > 0)
            {
                await Task.Delay(200);
            }
        }

        publish.VisibleAfter = pending.Count == 0 ? clock.Elapsed - publish.At : null;
    }

    public static async Task<bool> FoundAsync(HttpClient http, string node, string token)
    {
        try
        {
            using var json = JsonDocument.Parse(await http.GetStringAsync($"{node}/api/v1/services?q={token}"));
            return json.RootElement.GetProperty("total").GetInt32() > 0;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}

public static partial class Paths
{
    /// <summary>The home page, every public page it links to, and every service page the API lists.</summary>
    public static async Task<List<string>> PagesAsync(HttpClient http, string node)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var home = await http.GetStringAsync(node + "/");
        foreach (Match link in Link().Matches(home))
        {
            var href = WebUtility.HtmlDecode(link.Groups[1].Value);
            if (!href.StartsWith("/hallinta", StringComparison.Ordinal) && !href.Contains('#', StringComparison.Ordinal) && !Path.HasExtension(href.Split('?')[0]))
            {
                paths.Add(href);
            }
        }

        for (var page = 1; page < 50; page++)
        {
            using var json = JsonDocument.Parse(await http.GetStringAsync($"{node}/api/v1/services?pageSize=50&page={page}"));
            var items = json.RootElement.GetProperty("items").EnumerateArray().Select(i => new Uri(i.GetProperty("url").GetString()!, UriKind.RelativeOrAbsolute)).ToList();
            if (items.Count == 0)
            {
                break;
            }

            paths.UnionWith(items.Select(u => u.IsAbsoluteUri ? u.PathAndQuery : u.OriginalString));
        }

        return paths.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>How families put it: single words, situations and misspellings, with and without filters.</summary>
    public static List<string> Searches()
    {
        string[] texts =
        [
            "neuvola", "lastenneuvola", "äitiysneuvola", "raskaus", "vauva ei nuku", "imetys", "kuraattori", "koulupsykologi",
            "terveydenhoitaja", "perheneuvola", "riitely kotona", "ero", "jaksaminen", "masennus nuori", "päihteet",
            "alkoholi", "kiusaaminen", "ahdistus", "yksinäisyys", "kriisi", "perhetyö", "kohtaamispaikka", "puheterapia",
            "neuvla", "kuratori", "mielenterveys", "väkivalta", "synnytys", "nuorisotyö", "chat",
        ];
        var paths = texts.Select(t => "/haku?q=" + Uri.EscapeDataString(t)).ToList();
        paths.AddRange(texts.Take(8).Select(t => "/haku?q=" + Uri.EscapeDataString(t) + "&kunta=167"));
        return paths;
    }

    [GeneratedRegex("href=\"(/[^\"]*)\"")]
    private static partial Regex Link();
}
