namespace SahkoinenPerhekeskus.Core.Tests.Catalogue;

/// <summary>The one rule book of contact values, shared by the editor, the content files and both importers.</summary>
public sealed class ContactRulesTests
{
    [Theory]
    [InlineData("neuvola@joensuu.fi", true)]
    [InlineData("etunimi.sukunimi+perhe@siunsote.fi", true)]
    [InlineData("a\">@kunta.fi", false)]
    [InlineData("<neuvola@kunta.fi>", false)]
    [InlineData("neuvola@kunta", false)]
    [InlineData("neu vola@kunta.fi", false)]
    [InlineData("neuvola@@kunta.fi", false)]
    [InlineData("neuvola@-kunta.fi", false)]
    [InlineData("", false)]
    public void IsEmail(string value, bool expected) => Assert.Equal(expected, ContactRules.IsEmail(value));

    [Theory]
    [InlineData("https://www.joensuu.fi/neuvola", true)]
    [InlineData("http://example.fi", true)]
    [InlineData("https://kunta.fi/a\"onmouseover=x", false)]
    [InlineData("https://kunta.fi/a b", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("https://localhost/", false)]
    [InlineData("ftp://kunta.fi", false)]
    public void IsWebUrl(string value, bool expected) => Assert.Equal(expected, ContactRules.IsWebUrl(value));

    [Theory]
    [InlineData("013 123 4567", "013 123 4567")]
    [InlineData("(013) 123.4567", "013 123 4567")]
    [InlineData("+358 40 123 4567", "+358 40 123 4567")]
    [InlineData("116 117", "116 117")]
    [InlineData("112", "112")]
    [InlineData("soita 123", null)]
    [InlineData("12", null)]
    public void NormalisePhone(string value, string? expected) => Assert.Equal(expected, ContactRules.NormalisePhone(value));
}
