namespace SahkoinenPerhekeskus.Core.Tests.Common;

public class AgeRangeTests
{
    [Theory]
    [InlineData(84, 155, 6, false)]   // 6 y = months 72–83, school age starts at 84
    [InlineData(84, 155, 7, true)]
    [InlineData(84, 155, 12, true)]   // 12 y = 144–155
    [InlineData(84, 155, 13, false)]  // 13 y = 156–167
    [InlineData(null, 155, 0, true)]
    [InlineData(192, null, 29, true)]
    [InlineData(192, null, 15, false)]
    [InlineData(0, 11, 0, true)]
    [InlineData(-9, -1, 0, false)]    // pregnancy does not include a newborn
    public void Overlaps_ChildOfYears_MatchesInclusiveMonthBounds(int? min, int? max, int years, bool expected)
    {
        Assert.Equal(expected, new AgeRange(min, max).Overlaps(AgeRange.FromYears(years)));
    }

    [Fact]
    public void Overlaps_IsSymmetric_AndOpenBoundsMatchEverything()
    {
        var baby = new AgeRange(0, 11);
        Assert.True(AgeRange.Any.Overlaps(baby));
        Assert.True(baby.Overlaps(AgeRange.Any));
        Assert.False(baby.Overlaps(AgeRange.Pregnancy));
        Assert.False(AgeRange.Pregnancy.Overlaps(baby));
    }

    [Theory]
    [InlineData(-9, -1, true)]
    [InlineData(null, 83, true)]
    [InlineData(0, 83, false)]
    [InlineData(-3, 11, true)]
    public void IncludesPregnancy_NegativeOrOpenLowerBound(int? min, int? max, bool expected)
    {
        Assert.Equal(expected, new AgeRange(min, max).IncludesPregnancy);
    }

    [Theory]
    [InlineData(10, 5, false)]
    [InlineData(5, 5, true)]
    [InlineData(null, -5, true)]
    public void IsValid_RejectsReversedRange(int? min, int? max, bool expected)
    {
        Assert.Equal(expected, new AgeRange(min, max).IsValid);
    }

    [Fact]
    public void FromYears_CoversTwelveMonths()
    {
        Assert.Equal(new AgeRange(24, 35), AgeRange.FromYears(2));
        Assert.True(AgeRange.FromYears(2).Contains(35));
        Assert.False(AgeRange.FromYears(2).Contains(36));
    }
}
