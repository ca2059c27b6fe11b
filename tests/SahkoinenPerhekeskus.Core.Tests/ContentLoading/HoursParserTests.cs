using SahkoinenPerhekeskus.Core.ContentLoading;

namespace SahkoinenPerhekeskus.Core.Tests.ContentLoading;

public class HoursParserTests
{
    [Theory]
    [InlineData("mon-fri", new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday })]
    [InlineData("mon,wed", new[] { DayOfWeek.Monday, DayOfWeek.Wednesday })]
    [InlineData("sat", new[] { DayOfWeek.Saturday })]
    [InlineData("fri-mon", new[] { DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday, DayOfWeek.Monday })]
    public void TryParseDays_Valid(string text, DayOfWeek[] expected)
    {
        Assert.True(HoursParser.TryParseDays(text, out var days));
        Assert.Equal(expected, days);
    }

    [Fact]
    public void TryParseDays_MonToSun_IsSevenDays()
    {
        Assert.True(HoursParser.TryParseDays("mon-sun", out var days));
        Assert.Equal(7, days.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("maanantai")]
    [InlineData("mon-xyz")]
    [InlineData("mon-tue-wed")]
    public void TryParseDays_Invalid(string text)
    {
        Assert.False(HoursParser.TryParseDays(text, out _));
    }

    [Theory]
    [InlineData("08:00", 480)]
    [InlineData("00:00", 0)]
    [InlineData("24:00", 1440)]
    [InlineData("16:30", 990)]
    public void TryParseMinute_Valid(string text, int expected)
    {
        Assert.True(HoursParser.TryParseMinute(text, out var minute));
        Assert.Equal(expected, minute);
    }

    [Theory]
    [InlineData("8")]
    [InlineData("25:00")]
    [InlineData("24:30")]
    [InlineData("12:60")]
    [InlineData("12:5")]
    [InlineData("-1:00")]
    public void TryParseMinute_Invalid(string text)
    {
        Assert.False(HoursParser.TryParseMinute(text, out _));
    }
}
