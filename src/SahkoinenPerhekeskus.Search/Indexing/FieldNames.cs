namespace SahkoinenPerhekeskus.Search.Indexing;

/// <summary>Lucene field names. Text fields exist once per language and are analysed with that language's chain.</summary>
internal static class FieldNames
{
    public const string Id = "id";
    public const string Slug = "slug";
    public const string PrimaryLanguage = "primary";
    public const string TextLanguages = "textlangs";

    /// <summary>Lowercased surface forms of names, across languages, for exact-word boosts.</summary>
    public const string ExactName = "xname";

    /// <summary>Lowercased surface forms of the other texts.</summary>
    public const string ExactText = "xtext";

    /// <summary>Whole names normalised to one token, for the exact-name boost.</summary>
    public const string NameKey = "namekey";

    public const string SortName = "sortname";
    public const string MinMonths = "minm";
    public const string MaxMonths = "maxm";
    public const string Nationwide = "nationwide";

    /// <summary>1 for nationwide services, as doc values for facet counting.</summary>
    public const string NationwideValue = "nationwide_dv";
    public const string Urgency = "urgency";
    public const string Updated = "updated";

    public const string Municipality = "municipality";
    public const string Need = "need";
    public const string AgeGroup = "ageGroup";
    public const string Channel = "channel";
    public const string Language = "language";
    public const string Free = "free";
    public const string NoReferral = "noReferral";

    /// <summary>Facet dimensions; each is indexed as a string field (filtering) and as SortedSet doc values (counting).</summary>
    public static readonly string[] FacetDimensions = [Municipality, Need, AgeGroup, Channel, Language, Free, NoReferral];

    public static readonly string[] Languages = ["fi", "sv", "en"];

    public static string Name(string language) => "name_" + language;

    public static string AlternateName(string language) => "alt_" + language;

    public static string TypeName(string language) => "type_" + language;

    public static string Summary(string language) => "summary_" + language;

    public static string Keywords(string language) => "kw_" + language;

    /// <summary>The names a service has in its other languages, analysed as this language (bilingual names are common).</summary>
    public static string OtherNames(string language) => "oname_" + language;

    public static string Body(string language) => "body_" + language;

    public static string Suggest(string language) => "sg_" + language;

    public static string FacetValues(string dimension) => "f_" + dimension;

    /// <summary>The analysed text fields of a language with their query boosts: name &gt; type/alternate name &gt; summary, other-language names &gt; keywords &gt; body.</summary>
    public static IReadOnlyList<(string Field, float Boost)> TextFields(string language) =>
    [
        (Name(language), 3.0f),
        (AlternateName(language), 2.0f),
        (TypeName(language), 2.0f),
        (Summary(language), 1.5f),
        (OtherNames(language), 1.5f),
        (Keywords(language), 1.2f),
        (Body(language), 1.0f),
    ];
}
