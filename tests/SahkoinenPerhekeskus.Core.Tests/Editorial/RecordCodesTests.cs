using SahkoinenPerhekeskus.Core.Editorial;

namespace SahkoinenPerhekeskus.Core.Tests.Editorial;

public sealed class RecordCodesTests
{
    [Fact]
    public void Parse_CodeWithArgument_SplitsAtTheColon() =>
        Assert.Equal(("restored", "3"), RecordCodes.Parse(RecordCodes.RestoredTo(3)));

    [Fact]
    public void Parse_PlainCode_HasNoArgument() =>
        Assert.Equal(("published", (string?)null), RecordCodes.Parse(RecordCodes.Published));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("@")]
    [InlineData("korjattu aukioloajat")]
    [InlineData("julkaistu")]
    public void Parse_TextThatIsNotACode_IsNull(string? text) => Assert.Null(RecordCodes.Parse(text));
}
