using SahkoinenPerhekeskus.Core.Feedback;

namespace SahkoinenPerhekeskus.Core.Tests.Feedback;

public sealed class SearchTermNormaliserTests
{
    [Theory]
    [InlineData("  Lasten   NEUVOLA ", "lasten neuvola")]
    [InlineData("perheneuvola, Joensuu!", "perheneuvola joensuu")]
    [InlineData("ＡＢＣ", "abc")]
    [InlineData("?!", null)]
    [InlineData("", null)]
    [InlineData("soita 040 123 4567", null)]
    [InlineData("131052-308T", null)]
    public void Normalise_GivesLowerCaseWordsOrNothing(string input, string? expected)
    {
        Assert.Equal(expected, SearchTermNormaliser.Normalise(input));
    }
}
