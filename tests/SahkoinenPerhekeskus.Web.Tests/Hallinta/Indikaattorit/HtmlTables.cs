using System.Text.RegularExpressions;

namespace SahkoinenPerhekeskus.Web.Tests.Hallinta.Indikaattorit;

/// <summary>Reads the indicator tables of a page as text: caption → rows of cells (row header first).</summary>
public static partial class HtmlTables
{
    public static Dictionary<string, List<string[]>> Parse(string html)
    {
        var tables = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (Match table in Table().Matches(html))
        {
            var caption = Text(table.Groups["caption"].Value);
            var body = table.Groups["body"].Value;
            tables[caption] = [.. Row().Matches(body).Select(r => Cell().Matches(r.Value).Select(c => Text(c.Groups["cell"].Value)).ToArray())];
        }

        return tables;
    }

    /// <summary>The rows as "label | cell | cell" lines, easy to compare with a hand-written list.</summary>
    public static string[] Lines(Dictionary<string, List<string[]>> tables, string caption) =>
        tables.TryGetValue(caption, out var rows) ? [.. rows.Select(r => string.Join(" | ", r))] : throw new KeyNotFoundException($"no table '{caption}' (have: {string.Join(", ", tables.Keys)})");

    private static string Text(string html) => WebUtility.HtmlDecode(Tag().Replace(html, "")).Trim();

    [GeneratedRegex("<table[^>]*>\\s*<caption[^>]*>(?<caption>.*?)</caption>.*?<tbody>(?<body>.*?)</tbody>", RegexOptions.Singleline)]
    private static partial Regex Table();

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<t[hd][^>]*>(?<cell>.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
