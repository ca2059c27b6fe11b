namespace SahkoinenPerhekeskus.Search.Analysis;

/// <summary>How an index or query term relates to the word it came from. Stored in the token's TypeAttribute.</summary>
internal enum TermKind
{
    /// <summary>A dictionary base form (lemma) of the whole word.</summary>
    Base,

    /// <summary>A stemmer's output for a word the dictionary does not know.</summary>
    Stem,

    /// <summary>A contiguous run of compound parts, e.g. "mielenterveys" in "mielenterveyspalvelu".</summary>
    SubCompound,

    /// <summary>The last part of a compound, which carries its meaning ("kuraattori" in "koulukuraattori").</summary>
    Head,

    /// <summary>A modifier part of a compound ("koulu" in "koulukuraattori").</summary>
    Part,

    /// <summary>The root a derived word is built from ("yksinäinen" for "yksinäisyys").</summary>
    Derivation,

    /// <summary>Added at query time from the curated synonym lists.</summary>
    Synonym,

    /// <summary>An index term a typo away from a word nothing else matched (query time only).</summary>
    Fuzzy,
}

internal static class TermKinds
{
    private static readonly string[] Names = ["base", "stem", "sub", "head", "part", "deriv", "syn", "fuzzy"];

    public static string ToTypeName(this TermKind kind) => Names[(int)kind];

    public static TermKind FromTypeName(string? type)
    {
        var index = type is null ? -1 : Array.IndexOf(Names, type);
        return index < 0 ? TermKind.Base : (TermKind)index;
    }

    /// <summary>
    /// Query-side weight of a term relative to the word the user typed. Parts are weaker than the whole
    /// word so that "perheneuvola" ranks documents about perheneuvola above ones that merely mention "perhe".
    /// </summary>
    public static float QueryWeight(this TermKind kind) => kind switch
    {
        TermKind.Base or TermKind.Stem => 1.0f,
        TermKind.Synonym => 0.85f,
        TermKind.Fuzzy => 0.6f,
        TermKind.SubCompound => 0.7f,
        TermKind.Head => 0.6f,
        TermKind.Derivation => 0.3f,
        TermKind.Part => 0.35f,
        _ => 0.5f,
    };

    /// <summary>Whole-word forms; phrase queries and synonym look-ups only use these.</summary>
    public static bool IsWholeWord(this TermKind kind) => kind is TermKind.Base or TermKind.Stem;
}
