namespace SahkoinenPerhekeskus.Core.Catalogue;

/// <summary>
/// Whether a channel is open at a moment, judged in Europe/Helsinki time, because opening hours are local and
/// daylight-saving time moves the UTC offset twice a year.
/// </summary>
public sealed class OpenNow(TimeProvider time)
{
    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    public DateTime LocalNow => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Helsinki).DateTime;

    /// <summary>Null when the channel has no hours at all (then we do not know, and must not claim "closed").</summary>
    public bool? IsOpen(IReadOnlyCollection<OpeningHours> hours) => IsOpenAt(hours, LocalNow);

    public static bool? IsOpenAt(IReadOnlyCollection<OpeningHours> hours, DateTime local)
    {
        if (hours.Count == 0)
        {
            return null;
        }

        var minute = (local.Hour * 60) + local.Minute;
        return hours.Any(h => h.IsOpenAt(local.DayOfWeek, minute));
    }

    /// <summary>Rules grouped into display rows: consecutive days with the same hours become "ma–pe 8.00–16.00".</summary>
    public static IReadOnlyList<(DayOfWeek From, DayOfWeek To, int Opens, int Closes)> Rows(IEnumerable<OpeningHours> hours)
    {
        var byDay = hours.GroupBy(h => h.Day).ToDictionary(g => g.Key, g => g.OrderBy(h => h.OpensMinute).ToList());
        var rows = new List<(DayOfWeek, DayOfWeek, int, int)>();
        foreach (var day in MondayFirst)
        {
            if (!byDay.TryGetValue(day, out var list))
            {
                continue;
            }

            foreach (var h in list)
            {
                var last = rows.Count - 1;
                if (last >= 0 && rows[last].Item3 == h.OpensMinute && rows[last].Item4 == h.ClosesMinute && Next(rows[last].Item2) == day)
                {
                    rows[last] = (rows[last].Item1, day, h.OpensMinute, h.ClosesMinute);
                }
                else
                {
                    rows.Add((day, day, h.OpensMinute, h.ClosesMinute));
                }
            }
        }

        return rows;
    }

    public static readonly DayOfWeek[] MondayFirst =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private static DayOfWeek Next(DayOfWeek d) => (DayOfWeek)(((int)d + 1) % 7);
}
