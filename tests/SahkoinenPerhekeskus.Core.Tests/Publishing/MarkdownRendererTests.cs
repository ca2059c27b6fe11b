using SahkoinenPerhekeskus.Core.Publishing;

namespace SahkoinenPerhekeskus.Core.Tests.Publishing;

public class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script")]
    [InlineData("[x](javascript:alert(1))", "javascript:")]
    [InlineData("<img src=x onerror=alert(1)>", "<img")]
    [InlineData("<a href=\"https://x.fi\" style=\"color:red\">x</a>", "<a ")]
    public void ToHtml_StripsDangerousMarkup(string markdown, string forbidden)
    {
        Assert.DoesNotContain(forbidden, _renderer.ToHtml(markdown), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ToHtml_KeepsOrdinaryFormatting()
    {
        var html = _renderer.ToHtml("## Otsikko\n\n- **tärkeä** [linkki](https://example.fi)");
        Assert.Contains("<h2>Otsikko</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>tärkeä</strong>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.fi\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_WithMinHeadingLevel_DemotesH1()
    {
        Assert.Contains("<h2>Iso</h2>", _renderer.ToHtml("# Iso", 2), StringComparison.Ordinal);
    }

    [Fact]
    public void PlainText_CutsAtWordBoundary()
    {
        Assert.Equal("Neuvola palvelee…", MarkdownRenderer.PlainText("**Neuvola** palvelee perheitä", 20));
    }
}
