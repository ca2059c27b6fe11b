using System.Security.Cryptography;
using System.Text;

namespace SahkoinenPerhekeskus.Search.Analysis;

/// <summary>
/// The curated word lists in content/search (format in content/search/README.md). Missing files give
/// empty lists so that a deployment without content still searches, only less cleverly.
/// </summary>
internal sealed class SearchDictionaries
{
    private SearchDictionaries()
    {
    }

    /// <summary>Fallback Finnish compound parts: surface form → base form ("lasten" → "lapsi").</summary>
    public IReadOnlyDictionary<string, string> FinnishCompoundForms { get; private init; } = new Dictionary<string, string>();

    public IReadOnlyList<string> SwedishCompoundParts { get; private init; } = [];

    /// <summary>Raw synonym rules per language; <see cref="Querying.QuerySynonyms"/> analyses them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SynonymRule>> SynonymRules { get; private init; } = new Dictionary<string, IReadOnlyList<SynonymRule>>();

    /// <summary>Help-seeking filler ("apua", "tietoa", "palvelu") that must never carry a result alone.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> WeakWords { get; private init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Changes when an index-time list changes, so the index stamp forces a rebuild.</summary>
    public string IndexTimeHash { get; private init; } = "";

    public static SearchDictionaries Load(string contentPath)
    {
        var folder = Path.Combine(contentPath, "search");
        var compoundsFi = ReadLines(Path.Combine(folder, "compounds-fi.txt"));
        var compoundsSv = ReadLines(Path.Combine(folder, "compounds-sv.txt"));
        var synonyms = new Dictionary<string, IReadOnlyList<SynonymRule>>();
        var weak = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var language in new[] { "fi", "sv", "en" })
        {
            synonyms[language] = ReadLines(Path.Combine(folder, $"synonyms-{language}.txt")).Select(SynonymRule.Parse).OfType<SynonymRule>().ToList();
            weak[language] = ReadLines(Path.Combine(folder, $"weak-words-{language}.txt"));
        }

        return new SearchDictionaries
        {
            FinnishCompoundForms = ParseForms(compoundsFi),
            SwedishCompoundParts = compoundsSv.Select(l => l.ToLowerInvariant()).ToList(),
            SynonymRules = synonyms,
            WeakWords = weak,
            IndexTimeHash = Hash(compoundsFi.Concat(["|"]).Concat(compoundsSv)),
        };
    }

    internal static List<string> ReadLines(string path) =>
        !File.Exists(path)
            ? []
            : File.ReadAllLines(path, Encoding.UTF8)
                .Select(l => l.Trim())
                .Where(l => l.Length > 0 && !l.StartsWith('#'))
                .ToList();

    private static Dictionary<string, string> ParseForms(IEnumerable<string> lines)
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var parts = line.Split("=>", 2, StringSplitOptions.TrimEntries);
            var form = parts[0].ToLowerInvariant();
            forms[form] = parts.Length == 2 ? parts[1].ToLowerInvariant() : form;
        }

        return forms;
    }

    private static string Hash(IEnumerable<string> lines) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))))[..12].ToLowerInvariant();
}

/// <summary>
/// One line of a synonym file. "a, b => c" adds c when the query has a or b; "a, b, c" makes all three
/// interchangeable. Each side holds single words.
/// </summary>
internal sealed record SynonymRule(IReadOnlyList<string> From, IReadOnlyList<string> To)
{
    public static SynonymRule? Parse(string line)
    {
        var sides = line.Split("=>", 2, StringSplitOptions.TrimEntries);
        var from = Words(sides[0]);
        var to = sides.Length == 2 ? Words(sides[1]) : from;
        return from.Count == 0 || to.Count == 0 ? null : new SynonymRule(from, to);
    }

    private static List<string> Words(string side) =>
        side.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToList();
}
