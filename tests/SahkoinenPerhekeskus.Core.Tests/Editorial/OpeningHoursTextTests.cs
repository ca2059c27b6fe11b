using SahkoinenPerhekeskus.Core.Editorial;

namespace SahkoinenPerhekeskus.Core.Tests.Editorial;

public sealed class OpeningHoursTextTests
{
    [Theory]
    [InlineData("ma–pe 8–16", 5, "ma–pe 08:00–16:00")]
    [InlineData("ma-pe 8.00-16.00; la 10-14", 6, "ma–pe 08:00–16:00; la 10:00–14:00")]
    [InlineData("ma–su 0–24", 7, "ma–su 00:00–24:00")]
    [InlineData("pe-ma klo 18-22", 4, "ma 18:00–22:00; pe–su 18:00–22:00")]
    [InlineData("", 0, "")]
    public void TryParse_FinnishRules_RoundTrips(string text, int days, string formatted)
    {
        Assert.True(OpeningHoursText.TryParse(text, out var hours, out _, out _));
        Assert.Equal(days, hours.Count);
        Assert.Equal(formatted, OpeningHoursText.Format(hours));
    }

    [Theory]
    [InlineData("maanantaisin", "HoursFormat")]
    [InlineData("ma 8-25", "HoursTime")]
    [InlineData("ma 24-24", "HoursTime")]
    [InlineData("ma 16-8", "HoursOrder")]
    [InlineData("ma 8:5-9", "HoursFormat")]
    public void TryParse_BadRule_NamesTheProblem(string text, string problem)
    {
        Assert.False(OpeningHoursText.TryParse(text, out _, out var actual, out var part));
        Assert.Equal(problem, actual);
        Assert.Equal(text, part);
    }
}
