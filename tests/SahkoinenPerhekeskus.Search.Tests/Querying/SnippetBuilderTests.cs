using SahkoinenPerhekeskus.Search.Querying;

namespace SahkoinenPerhekeskus.Search.Tests.Querying;

public sealed class SnippetBuilderTests
{
    [Fact]
    public void Render_Match_WrapsInMarkAndEncodesTheRest()
    {
        const string text = "Neuvola <script> & \"muut\" palvelut";

        var html = SnippetBuilder.Render(text, [new TextMatch(0, 7, "neuvola")], 160);

        Assert.Equal("<mark>Neuvola</mark> &lt;script&gt; &amp; &quot;muut&quot; palvelut", html);
    }

    [Fact]
    public void Render_NoMatches_ReturnsStartOfText()
    {
        var text = string.Join(' ', Enumerable.Repeat("sana", 100));

        var html = SnippetBuilder.Render(text, [], 40);

        Assert.StartsWith("sana sana", html, StringComparison.Ordinal);
        Assert.EndsWith("…", html, StringComparison.Ordinal);
        Assert.True(html.Length <= 41);
    }

    [Fact]
    public void Render_PrefersWindowWithMostDistinctTerms()
    {
        var filler = string.Join(' ', Enumerable.Repeat("täyte", 60));
        var text = $"kuraattori {filler} kuraattori ja psykologi koulussa {filler}";
        var second = text.IndexOf("kuraattori ja", StringComparison.Ordinal);
        var psykologi = text.IndexOf("psykologi", StringComparison.Ordinal);
        var matches = new List<TextMatch>
        {
            new(0, 10, "kuraattori"),
            new(second, second + 10, "kuraattori"),
            new(psykologi, psykologi + 9, "psykologi"),
        };

        var html = SnippetBuilder.Render(text, matches, 80);

        Assert.Contains("<mark>kuraattori</mark> ja <mark>psykologi</mark>", html, StringComparison.Ordinal);
        Assert.StartsWith("…", html, StringComparison.Ordinal);
        Assert.DoesNotContain("täyt…", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CutsAtWordBoundaries()
    {
        const string text = "Alussa on pitkä johdanto ennen varsinaista asiaa, joka kertoo neuvolasta ja sen palveluista perheille.";
        var start = text.IndexOf("neuvolasta", StringComparison.Ordinal);

        var html = SnippetBuilder.Render(text, [new TextMatch(start, start + 10, "neuvola")], 50);

        var plain = html.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal).Trim('…');
        Assert.True(text.Contains(plain, StringComparison.Ordinal));
        Assert.True(plain.Length <= 50);
        Assert.Contains(' ', plain);
        Assert.True(start == 0 || text[text.IndexOf(plain, StringComparison.Ordinal) - 1] == ' ');
    }
}
