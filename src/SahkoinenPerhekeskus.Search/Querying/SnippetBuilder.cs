using System.Text;
using Lucene.Net.Analysis;
using SahkoinenPerhekeskus.Search.Analysis;

namespace SahkoinenPerhekeskus.Search.Querying;

/// <summary>A matched stretch of the original text; <see cref="Key"/> identifies the query term it matched.</summary>
internal readonly record struct TextMatch(int Start, int End, string Key);

/// <summary>
/// Builds a short HTML excerpt around the query's matches (the Highlighter module is not available).
/// The text is re-analysed with the field's own chain, so "neuvolaan" is marked for the query "neuvola".
/// Everything outside the &lt;mark&gt; tags is HTML-encoded.
/// </summary>
internal static class SnippetBuilder
{
    public static string? Build(Analyzer analyzer, string field, string? text, IReadOnlySet<string> terms, int length)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var matches = LanguageAnalyzers.Tokens(analyzer, field, text)
            .Where(t => terms.Contains(t.Term))
            .GroupBy(t => (t.Start, t.End))
            .Select(g => new TextMatch(g.Key.Start, g.Key.End, g.First().Term))
            .OrderBy(m => m.Start)
            .ToList();
        return Render(text, matches, length);
    }

    internal static string Render(string text, IReadOnlyList<TextMatch> matches, int length)
    {
        var (start, end) = matches.Count == 0 ? (0, Math.Min(text.Length, length)) : BestWindow(text, matches, length);
        start = WordStart(text, start, matches.Count == 0 ? start : matches.First(m => m.Start >= start).Start);
        end = WordEnd(text, start, end, length);

        var html = new StringBuilder(length * 2);
        if (start > 0)
        {
            html.Append('…');
        }

        var cursor = start;
        foreach (var match in matches.Where(m => m.Start >= start && m.End <= end))
        {
            if (match.Start < cursor)
            {
                continue;
            }

            Encode(html, text, cursor, match.Start);
            html.Append("<mark>");
            Encode(html, text, match.Start, match.End);
            html.Append("</mark>");
            cursor = match.End;
        }

        Encode(html, text, cursor, end);
        if (end < text.Length)
        {
            html.Append('…');
        }

        return html.ToString().Trim();
    }

    /// <summary>The window starting a little before some match that covers the most distinct query terms.</summary>
    private static (int Start, int End) BestWindow(string text, IReadOnlyList<TextMatch> matches, int length)
    {
        var lead = Math.Min(30, length / 4);
        var best = (Start: 0, End: 0, Distinct: -1, Total: -1);
        foreach (var anchor in matches)
        {
            var start = Math.Max(0, anchor.Start - lead);
            var end = Math.Min(text.Length, start + length);
            var inside = matches.Where(m => m.Start >= start && m.End <= end).ToList();
            var distinct = inside.Select(m => m.Key).Distinct().Count();
            if (distinct > best.Distinct || (distinct == best.Distinct && inside.Count > best.Total))
            {
                best = (start, end, distinct, inside.Count);
            }
        }

        return (best.Start, best.End);
    }

    /// <summary>Moves a cut inside a word forward to the next word, but never past the first match.</summary>
    private static int WordStart(string text, int start, int firstMatch)
    {
        if (start == 0 || char.IsWhiteSpace(text[start - 1]))
        {
            return start;
        }

        var next = text.IndexOf(' ', start);
        return next >= 0 && next < firstMatch ? next + 1 : start;
    }

    private static int WordEnd(string text, int start, int end, int length)
    {
        end = Math.Min(text.Length, Math.Max(end, Math.Min(text.Length, start + length)));
        if (end >= text.Length || char.IsWhiteSpace(text[end]))
        {
            return end;
        }

        var previous = text.LastIndexOf(' ', end - 1, end - start);
        return previous > start ? previous : end;
    }

    private static void Encode(StringBuilder html, string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            html.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
    }
}
