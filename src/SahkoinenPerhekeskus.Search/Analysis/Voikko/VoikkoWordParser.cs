using System.Text.RegularExpressions;

namespace SahkoinenPerhekeskus.Search.Analysis.Voikko;

/// <summary>
/// Turns Voikko's analyses of one word into index terms: the base forms of every analysis, and the
/// compound parts, sub-compounds and derivation roots of the analyses with the fewest parts (Voikko also
/// offers far-fetched splits such as perhe+neuvo+lapsi for "perheneuvolasta").
/// </summary>
internal static partial class VoikkoWordParser
{
    private static readonly HashSet<string> ProperNounClasses = ["paikannimi", "etunimi", "sukunimi", "nimi"];

    /// <summary>One morpheme of WORDBASES: "+mielen(mieli)", "+ys(+ys)" (a derivational suffix) or "+erityis".</summary>
    [GeneratedRegex(@"\+([^+(]*)(?:\(([^)]*)\))?", RegexOptions.CultureInvariant)]
    private static partial Regex MorphemePattern();

    internal sealed record Component(string Surface, string Base, string? Root);

    public static WordAnalysis Build(IReadOnlyList<RawAnalysis> analyses)
    {
        var terms = new TermCollector();
        foreach (var analysis in analyses)
        {
            terms.Add(analysis.BaseForm.ToLowerInvariant(), TermKind.Base);
        }

        var decomposed = analyses.Select(Decompose).ToList();
        var fewest = decomposed.Min(c => c.Count);
        foreach (var components in decomposed.Where(c => c.Count == fewest))
        {
            AddCompoundTerms(terms, components);
        }

        return new WordAnalysis(terms.ToList(), Known: true);
    }

    private static void AddCompoundTerms(TermCollector terms, IReadOnlyList<Component> components)
    {
        var last = components.Count - 1;
        if (components[last].Root is { } root)
        {
            terms.Add(root, TermKind.Derivation);
        }

        if (components.Count < 2)
        {
            return;
        }

        for (var i = 0; i < components.Count; i++)
        {
            terms.Add(components[i].Base, i == last ? TermKind.Head : TermKind.Part);
        }

        // Runs like "mielenterveys" and "lastensuojelu" are words in their own right; the modifiers keep
        // their inflected surface ("lasten") because that is how they appear inside the longer compound.
        for (var length = 2; length < components.Count; length++)
        {
            for (var start = 0; start + length <= components.Count; start++)
            {
                var end = start + length - 1;
                var text = string.Concat(components.Skip(start).Take(length - 1).Select(c => c.Surface)) + components[end].Base;
                terms.Add(text, TermKind.SubCompound);
            }
        }
    }

    internal static IReadOnlyList<Component> Decompose(RawAnalysis analysis)
    {
        var baseForm = analysis.BaseForm.ToLowerInvariant();
        var whole = new[] { new Component(baseForm, baseForm, null) };
        if (analysis.WordBases is null || analysis.Structure is null
            || (analysis.WordClass is not null && ProperNounClasses.Contains(analysis.WordClass)))
        {
            return whole;
        }

        var morphemes = MorphemePattern().Matches(analysis.WordBases)
            .Select(m => (Surface: m.Groups[1].Value.ToLowerInvariant(), Base: m.Groups[2].Success ? m.Groups[2].Value : null))
            .Where(m => m.Surface.Length > 0)
            .ToList();
        var starts = ComponentStarts(analysis.Structure);
        if (morphemes.Count == 0 || starts.Count == 0)
        {
            return whole;
        }

        var groups = new List<List<(string Surface, string? Base)>>();
        for (var i = 0; i < starts.Count; i++)
        {
            groups.Add([]);
        }

        var offset = 0;
        foreach (var morpheme in morphemes)
        {
            var index = starts.FindLastIndex(s => s <= offset);
            groups[Math.Max(index, 0)].Add(morpheme);
            offset += morpheme.Surface.Length;
        }

        // A lexicalised compound ("maahan=muuttaja") is one morpheme spanning several structure components.
        return ToComponents(groups.Where(g => g.Count > 0).ToList(), baseForm);
    }

    private static List<Component> ToComponents(List<List<(string Surface, string? Base)>> groups, string baseForm)
    {
        var components = new List<Component>(groups.Count);
        var prefix = "";
        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i];
            var surface = string.Concat(group.Select(m => m.Surface));
            var first = group[0].Base;
            var firstIsLexical = first is not null && !first.StartsWith('+');
            string componentBase;
            if (group.Count == 1 && firstIsLexical)
            {
                componentBase = Clean(first!);
            }
            else if (i == groups.Count - 1 && baseForm.StartsWith(prefix, StringComparison.Ordinal) && baseForm.Length > prefix.Length)
            {
                componentBase = baseForm[prefix.Length..];
            }
            else if (group.Count > 1 && group[^1].Base is { } suffix && suffix.StartsWith('+'))
            {
                // A derived modifier: "terve" + "yden(+ys)" inside "kouluterveydenhoitaja" is "terveys".
                componentBase = string.Concat(group.SkipLast(1).Select(m => m.Surface)) + suffix[1..].ToLowerInvariant();
            }
            else
            {
                componentBase = surface;
            }

            var root = group.Count > 1 && firstIsLexical && Clean(first!) != componentBase ? Clean(first!) : null;
            components.Add(new Component(surface, componentBase, root));
            prefix += surface;
        }

        return components;
    }

    /// <summary>Voikko marks inner boundaries of lexicalised compounds with '=' ("maahan=muuttaja").</summary>
    private static string Clean(string value) => value.Replace("=", "", StringComparison.Ordinal).ToLowerInvariant();

    /// <summary>STRUCTURE has one letter per character of the word and '=' before each component.</summary>
    private static List<int> ComponentStarts(string structure)
    {
        var starts = new List<int>();
        var position = 0;
        foreach (var c in structure)
        {
            if (c == '=')
            {
                starts.Add(position);
            }
            else
            {
                position++;
            }
        }

        return starts.Distinct().ToList();
    }
}
