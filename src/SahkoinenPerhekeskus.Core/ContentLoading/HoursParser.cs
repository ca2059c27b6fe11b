using System.Globalization;

namespace SahkoinenPerhekeskus.Core.ContentLoading;

/// <summary>Turns "mon-fri 08:00–16:00" style rules into one <see cref="OpeningHours"/> per day.</summary>
public static class HoursParser
{
    private static readonly string[] DayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    public static bool TryParseDays(string days, out List<DayOfWeek> result)
    {
        result = [];
        foreach (var part in days.ToLowerInvariant().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var range = part.Split('-', StringSplitOptions.TrimEntries);
            if (range.Length is < 1 or > 2 || !TryDay(range[0], out var from))
            {
                return false;
            }

            var to = from;
            if (range.Length == 2 && !TryDay(range[1], out to))
            {
                return false;
            }

            // Monday-first week so that "mon-sun" covers seven days and "fri-mon" wraps over the weekend.
            var d = from;
            for (var guard = 0; guard < 7; guard++)
            {
                if (!result.Contains(d))
                {
                    result.Add(d);
                }

                if (d == to)
                {
                    break;
                }

                d = (DayOfWeek)(((int)d + 1) % 7);
            }
        }

        return result.Count > 0;
    }

    /// <summary>"08:30" → 510; "24:00" → 1440 (midnight at the end of the day).</summary>
    public static bool TryParseMinute(string text, out int minute)
    {
        minute = 0;
        var parts = text.Trim().Split(':');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || parts[1].Length != 2 || h > 24 || m > 59 || (h == 24 && m != 0))
        {
            return false;
        }

        minute = (h * 60) + m;
        return true;
    }

    private static bool TryDay(string name, out DayOfWeek day)
    {
        var i = Array.IndexOf(DayNames, name);
        day = i < 0 ? DayOfWeek.Monday : (DayOfWeek)i;
        return i >= 0;
    }
}
