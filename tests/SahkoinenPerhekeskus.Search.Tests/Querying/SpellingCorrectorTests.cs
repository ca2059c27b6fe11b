using SahkoinenPerhekeskus.Search.Querying;

namespace SahkoinenPerhekeskus.Search.Tests.Querying;

public sealed class SpellingCorrectorTests
{
    [Theory]
    [InlineData("neovola", "neuvola", 1)]
    [InlineData("kuraatori", "kuraattori", 1)]
    [InlineData("nuevola", "neuvola", 1)]
    [InlineData("psykologi", "psykologi", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("perhe", "neuvola", 3)]
    public void Distance_CountsEditsWithTranspositions(string a, string b, int expected)
    {
        Assert.Equal(expected, SpellingCorrector.Distance(a, b, limit: 2) is var d && d > 2 ? 3 : d);
    }
}
