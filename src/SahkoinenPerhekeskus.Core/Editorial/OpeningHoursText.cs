using System.Globalization;
using System.Text.RegularExpressions;

namespace SahkoinenPerhekeskus.Core.Editorial;

/// <summary>
/// Opening hours as editors write them in Finnish: "ma–pe 8–16; la 10.00–14.00". Rules are separated by ';',
/// ',' or a new line; a rule is a day or a day range and a time range (24 for midnight, "0–24" all day).
/// </summary>
public static partial class OpeningHoursText
{
    private static readonly string[] Days = ["su", "ma", "ti", "ke", "to", "pe", "la"];

    /// <summary>Parses; on failure <paramref name="problem"/> is "HoursFormat", "HoursTime" or "HoursOrder" and <paramref name="part"/> the rule at fault.</summary>
    public static bool TryParse(string? text, out List<HoursSnapshot> hours, out string? problem, out string? part)
    {
        hours = [];
        problem = null;
        part = null;
        foreach (var rule in (text ?? "").Split([';', ',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            part = rule;
            var m = RulePattern().Match(rule.ToLowerInvariant());
            if (!m.Success)
            {
                problem = "HoursFormat";
                return false;
            }

            if (!TryMinute(m.Groups["t1"].Value, out var opens) || !TryMinute(m.Groups["t2"].Value, out var closes) || opens >= OpeningHours.MinutesPerDay)
            {
                problem = "HoursTime";
                return false;
            }

            if (closes <= opens)
            {
                problem = "HoursOrder";
                return false;
            }

            var from = Array.IndexOf(Days, m.Groups["d1"].Value);
            var to = m.Groups["d2"].Success ? Array.IndexOf(Days, m.Groups["d2"].Value) : from;
            for (var d = from; ; d = (d + 1) % 7)
            {
                hours.Add(new HoursSnapshot((DayOfWeek)d, opens, closes));
                if (d == to)
                {
                    break;
                }
            }
        }

        part = null;
        hours = [.. hours.DistinctBy(h => (h.Day, h.Opens)).OrderBy(h => ((int)h.Day + 6) % 7).ThenBy(h => h.Opens)];
        return true;
    }

    /// <summary>"ma–pe 08:00–16:00; la 10:00–14:00": consecutive days with the same times are joined.</summary>
    public static string Format(IReadOnlyList<HoursSnapshot> hours)
    {
        var rules = new List<string>();
        var ordered = hours.OrderBy(h => h.Opens).ThenBy(h => h.Closes).ThenBy(h => ((int)h.Day + 6) % 7).ToList();
        var i = 0;
        while (i < ordered.Count)
        {
            var start = ordered[i];
            var end = start;
            while (i + 1 < ordered.Count && ordered[i + 1].Opens == start.Opens && ordered[i + 1].Closes == start.Closes
                && ((int)ordered[i + 1].Day + 6) % 7 == (((int)end.Day + 6) % 7) + 1)
            {
                end = ordered[++i];
            }

            var days = start.Day == end.Day ? Days[(int)start.Day] : $"{Days[(int)start.Day]}–{Days[(int)end.Day]}";
            rules.Add($"{days} {OpeningHours.FormatMinute(start.Opens)}–{OpeningHours.FormatMinute(start.Closes)}");
            i++;
        }

        return string.Join("; ", rules.OrderBy(r => Array.IndexOf(Days, r[..2]) is var d and >= 0 ? (d + 6) % 7 : 9));
    }

    private static bool TryMinute(string text, out int minute)
    {
        var parts = text.Split('.', ':');
        minute = 0;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var h))
        {
            return false;
        }

        var m = 0;
        if (parts.Length == 2 && (parts[1].Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out m)))
        {
            return false;
        }

        if (h > 24 || m > 59 || (h == 24 && m > 0))
        {
            return false;
        }

        minute = (h * 60) + m;
        return true;
    }

    [GeneratedRegex(@"^(?<d1>ma|ti|ke|to|pe|la|su)(\s*[-–]\s*(?<d2>ma|ti|ke|to|pe|la|su))?\s+(klo\s+)?(?<t1>\d{1,2}([.:]\d{2})?)\s*[-–]\s*(?<t2>\d{1,2}([.:]\d{2})?)$")]
    private static partial Regex RulePattern();
}
