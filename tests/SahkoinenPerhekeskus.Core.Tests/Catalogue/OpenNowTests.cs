using Microsoft.Extensions.Time.Testing;

namespace SahkoinenPerhekeskus.Core.Tests.Catalogue;

public class OpenNowTests
{
    private static readonly OpeningHours[] WeekdaysEightToFour =
        [.. OpenNow.MondayFirst.Take(5).Select(d => new OpeningHours { Day = d, OpensMinute = 480, ClosesMinute = 960 })];

    [Theory]
    [InlineData("2026-11-23T06:00:00Z", true)]   // Monday 08:00 in Helsinki (UTC+2 in winter)
    [InlineData("2026-11-23T05:59:00Z", false)]  // 07:59
    [InlineData("2026-11-23T13:59:00Z", true)]   // 15:59
    [InlineData("2026-11-23T14:00:00Z", false)]  // 16:00, closing minute is exclusive
    [InlineData("2026-11-28T10:00:00Z", false)]  // Saturday
    [InlineData("2026-06-15T05:30:00Z", true)]   // Monday 08:30 in summer time (UTC+3)
    [InlineData("2026-06-15T13:30:00Z", false)]  // 16:30 in summer time
    public void IsOpen_UsesHelsinkiTimeIncludingDaylightSaving(string utc, bool expected)
    {
        var open = new OpenNow(new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(expected, open.IsOpen(WeekdaysEightToFour));
    }

    [Fact]
    public void IsOpen_NoHours_IsUnknown()
    {
        Assert.Null(new OpenNow(new FakeTimeProvider()).IsOpen([]));
    }

    [Fact]
    public void IsOpen_AllDayLine_IsOpenAtMidnight()
    {
        OpeningHours[] always = [.. OpenNow.MondayFirst.Select(d => new OpeningHours { Day = d, OpensMinute = 0, ClosesMinute = 1440 })];
        var open = new OpenNow(new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 22, 0, 0, TimeSpan.Zero)));
        Assert.True(open.IsOpen(always));
    }

    [Fact]
    public void Rows_MergesConsecutiveDaysWithSameHours()
    {
        var hours = WeekdaysEightToFour.Append(new OpeningHours { Day = DayOfWeek.Saturday, OpensMinute = 600, ClosesMinute = 720 }).ToList();
        var rows = OpenNow.Rows(hours);
        Assert.Equal([(DayOfWeek.Monday, DayOfWeek.Friday, 480, 960), (DayOfWeek.Saturday, DayOfWeek.Saturday, 600, 720)], rows);
    }
}
