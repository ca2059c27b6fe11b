namespace SahkoinenPerhekeskus.Core.Editorial;

public enum SynonymProblemKind
{
    /// <summary>Not "a, b" or "a => b": one word only, an empty side, or more than one arrow.</summary>
    NotARule,
    TooLong,
    TermTooLong,
    EmptyTerm,
    MultiWordTerm,
    DuplicateLine,
    DuplicateTerm,

    /// <summary>A language prefix or weight that is malformed, or used where the search ignores it.</summary>
    BadTarget,
    TooMany,
}

/// <param name="Line">1-based line of the text as typed (0 for the whole list).</param>
/// <param name="Text">The line or word at fault, shortened for the message.</param>
/// <param name="Limit">The limit that was exceeded, or the earlier line a duplicate repeats.</param>
public sealed record SynonymProblem(SynonymProblemKind Kind, int Line, string Text, int Limit = 0);

/// <param name="Rules">The rules to store, trimmed, without blank lines and comments.</param>
public sealed record SynonymRuleList(IReadOnlyList<string> Rules, IReadOnlyList<SynonymProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>
/// Checks an admin's synonym list against the syntax of content/search/synonyms-xx.txt (see the README there),
/// and against what the search would silently ignore: a rule that cannot fire is reported, not stored.
/// </summary>
public static class SynonymRules
{
    public const int MaxRules = 1000;

    /// <summary>Longer than any Finnish compound a family would type.</summary>
    public const int MaxTerm = 60;

    private const int MaxExcerpt = 80;
    private static readonly string[] Languages = ["fi", "sv", "en"];

    public static SynonymRuleList Parse(string? text)
    {
        var rules = new List<string>();
        var problems = new List<SynonymProblem>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = (text ?? "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var number = i + 1;
            // Blank lines and comments are layout, as in the shipped files; they are not stored.
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var problem = Check(line, number);
            if (problem is null && seen.TryGetValue(Normalise(line), out var first))
            {
                problem = new SynonymProblem(SynonymProblemKind.DuplicateLine, number, Excerpt(line), first);
            }

            if (problem is not null)
            {
                problems.Add(problem);
                continue;
            }

            seen[Normalise(line)] = number;
            rules.Add(line);
        }

        if (rules.Count > MaxRules)
        {
            // First, so that it is not cut off when the page shows only the first few problems.
            problems.Insert(0, new SynonymProblem(SynonymProblemKind.TooMany, 0, "", MaxRules));
        }

        return new SynonymRuleList(rules, problems);
    }

    private static SynonymProblem? Check(string line, int number)
    {
        if (line.Length > SynonymEntry.MaxRule)
        {
            return new SynonymProblem(SynonymProblemKind.TooLong, number, Excerpt(line), SynonymEntry.MaxRule);
        }

        var sides = line.Split("=>");
        if (sides.Length > 2 || sides.Any(s => s.Trim().Length == 0))
        {
            return new SynonymProblem(SynonymProblemKind.NotARule, number, Excerpt(line));
        }

        var oneWay = sides.Length == 2;
        var from = sides[0].Split(',').Select(t => t.Trim()).ToList();
        var to = oneWay ? sides[1].Split(',').Select(t => t.Trim()).ToList() : [];
        if (from.Concat(to).Any(t => t.Length == 0))
        {
            return new SynonymProblem(SynonymProblemKind.EmptyTerm, number, Excerpt(line));
        }

        if (from.Count + to.Count < 2)
        {
            return new SynonymProblem(SynonymProblemKind.NotARule, number, Excerpt(line));
        }

        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (term, isTarget) in from.Select(t => (t, false)).Concat(to.Select(t => (t, true))))
        {
            var word = isTarget ? Word(term) : term;
            if (word is null || (!isTarget && (term.Contains(':', StringComparison.Ordinal) || term.Contains('^', StringComparison.Ordinal))))
            {
                return new SynonymProblem(SynonymProblemKind.BadTarget, number, Excerpt(term));
            }

            if (word.Any(char.IsWhiteSpace))
            {
                return new SynonymProblem(SynonymProblemKind.MultiWordTerm, number, Excerpt(term));
            }

            if (word.Length > MaxTerm)
            {
                return new SynonymProblem(SynonymProblemKind.TermTooLong, number, Excerpt(term), MaxTerm);
            }

            if (!word.Any(char.IsLetterOrDigit))
            {
                return new SynonymProblem(SynonymProblemKind.NotARule, number, Excerpt(line));
            }

            if (!words.Add(term))
            {
                return new SynonymProblem(SynonymProblemKind.DuplicateTerm, number, Excerpt(term));
            }
        }

        return null;
    }

    /// <summary>The word of a target "fi:perheneuvola^0.5", or null when its prefix or weight is malformed.</summary>
    private static string? Word(string target)
    {
        var word = target;
        var caret = word.LastIndexOf('^');
        if (caret >= 0)
        {
            var weight = word[(caret + 1)..];
            if (!double.TryParse(weight, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var w) || w <= 0 || w > 10)
            {
                return null;
            }

            word = word[..caret];
        }

        var colon = word.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            if (colon != 2 || !Languages.Contains(word[..2]))
            {
                return null;
            }

            word = word[3..];
        }

        return word.Length == 0 || word.Contains('^', StringComparison.Ordinal) || word.Contains(':', StringComparison.Ordinal) ? null : word;
    }

    /// <summary>The same rule however it is spaced or capitalised.</summary>
    private static string Normalise(string line) =>
        string.Join("=>", line.Split("=>").Select(side => string.Join(',', side.Split(',').Select(t => t.Trim().ToLowerInvariant()))));

    private static string Excerpt(string text) => text.Length > MaxExcerpt ? text[..MaxExcerpt] + "…" : text;
}
