using System.Globalization;

namespace SahkoinenPerhekeskus.Core.Hsds.Import;

/// <summary>
/// Turns HSDS schedules (iCal RRULE fields) into weekly <see cref="OpeningHours"/>. Only what a week can hold is
/// kept: FREQ=WEEKLY with BYDAY and both times. Monthly rules, every-other-week rules and rules without times
/// are warnings, because the tray would otherwise show hours that are wrong on most days.
/// </summary>
internal static class HsdsSchedules
{
    private static readonly Dictionary<string, DayOfWeek> Days = new(StringComparer.OrdinalIgnoreCase)
    {
        ["MO"] = DayOfWeek.Monday, ["TU"] = DayOfWeek.Tuesday, ["WE"] = DayOfWeek.Wednesday, ["TH"] = DayOfWeek.Thursday,
        ["FR"] = DayOfWeek.Friday, ["SA"] = DayOfWeek.Saturday, ["SU"] = DayOfWeek.Sunday,
    };

    public static List<OpeningHours> ToHours(IEnumerable<HsdsSchedule> schedules, DateOnly today, Action<string> warn)
    {
        var result = new List<OpeningHours>();
        foreach (var s in schedules)
        {
            if (TryRead(s, today, out var hours, out var problem))
            {
                result.AddRange(hours.Where(h => !result.Any(r => r.Day == h.Day && r.OpensMinute == h.OpensMinute && r.ClosesMinute == h.ClosesMinute)));
            }
            else
            {
                warn($"schedule skipped ({problem}): {s.Freq} {s.Byday} {s.OpensAt}–{s.ClosesAt} \"{s.Description}\"");
            }
        }

        return result;
    }

    private static bool TryRead(HsdsSchedule s, DateOnly today, out List<OpeningHours> hours, out string problem)
    {
        hours = [];
        problem = "";
        if (s.ValidTo is { } to && DateOnly.TryParse(to, CultureInfo.InvariantCulture, out var validTo) && validTo < today)
        {
            problem = $"ended {validTo:yyyy-MM-dd}";
            return false;
        }

        if (s.Freq is not null && !s.Freq.Equals("WEEKLY", StringComparison.OrdinalIgnoreCase))
        {
            problem = $"FREQ={s.Freq} does not fit a weekly timetable";
            return false;
        }

        if (s.Interval is > 1)
        {
            problem = $"every {s.Interval} weeks does not fit a weekly timetable";
            return false;
        }

        if (!TryParseTime(s.OpensAt, out var opens) || !TryParseTime(s.ClosesAt, out var closes))
        {
            problem = "opening or closing time missing or not HH:MM";
            return false;
        }

        var days = (s.Byday ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (days.Length == 0 || days.Any(d => !Days.ContainsKey(d)))
        {
            problem = $"BYDAY '{s.Byday}' is not a list of MO,TU,WE,TH,FR,SA,SU";
            return false;
        }

        // "00:00" or "23:59" as closing time is how feeds write "until midnight".
        if (closes == 0 || closes == OpeningHours.MinutesPerDay - 1)
        {
            closes = OpeningHours.MinutesPerDay;
        }

        if (closes == opens || opens >= OpeningHours.MinutesPerDay)
        {
            problem = "opening and closing times do not make an interval";
            return false;
        }

        foreach (var day in days.Select(d => Days[d]))
        {
            AddInterval(hours, day, opens, closes);
        }

        return true;
    }

    /// <summary>Adds opening hours on <paramref name="day"/>; an interval closing at or before it opens runs past midnight.</summary>
    public static void AddInterval(List<OpeningHours> hours, DayOfWeek day, int opens, int closes)
    {
        if (closes > opens)
        {
            hours.Add(new OpeningHours { Day = day, OpensMinute = opens, ClosesMinute = closes });
        }
        else
        {
            // Past midnight: the night belongs partly to the next day.
            hours.Add(new OpeningHours { Day = day, OpensMinute = opens, ClosesMinute = OpeningHours.MinutesPerDay });
            hours.Add(new OpeningHours { Day = (DayOfWeek)(((int)day + 1) % 7), OpensMinute = 0, ClosesMinute = closes });
        }
    }

    /// <summary>"08:00", "08:00:00" or "24:00" as minutes since midnight. Offsets are refused: the times are local.</summary>
    public static bool TryParseTime(string? text, out int minute)
    {
        minute = 0;
        var parts = text?.Trim().Split(':') ?? [];
        if (parts.Length is < 2 or > 3
            || parts.Any(p => p.Length != 2 || !p.All(char.IsAsciiDigit))
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var h)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || h > 24 || m > 59 || (h == 24 && m != 0))
        {
            return false;
        }

        minute = (h * 60) + m;
        return true;
    }
}
