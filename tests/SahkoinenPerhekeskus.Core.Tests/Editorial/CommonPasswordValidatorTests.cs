using SahkoinenPerhekeskus.Core.Accounts;

namespace SahkoinenPerhekeskus.Core.Tests.Editorial;

public sealed class CommonPasswordValidatorTests
{
    [Fact]
    public void List_IsEmbeddedAndLarge() => Assert.True(CommonPasswordValidator.ListSize > 3000);

    [Theory]
    [InlineData("password1234", true)]
    [InlineData("Salasana2026!", true)]
    [InlineData("!!!qwerty123456", true)]
    [InlineData("abcabcabcabc", true)]
    [InlineData("111111111111", true)]
    [InlineData("hiljaa hyvä tulee kotiin", false)]
    [InlineData("Korvatunturin poro 77", false)]
    public void IsCommon(string password, bool common) => Assert.Equal(common, CommonPasswordValidator.IsCommon(password));
}
