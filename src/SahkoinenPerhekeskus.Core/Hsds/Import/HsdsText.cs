using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SahkoinenPerhekeskus.Core.Hsds.Import;

/// <summary>Language codes, summaries, slugs and length limits for imported text.</summary>
internal static partial class HsdsText
{
    public const int MaxSummary = 200;

    /// <summary>The default column length of every string (PerhekeskusDbContext conventions).</summary>
    public const int MaxText = 4000;

    // ISO 639-2 codes whose ISO 639-1 equivalent is unambiguous (both bibliographic and terminology forms).
    private static readonly Dictionary<string, string> ThreeLetter = new(StringComparer.Ordinal)
    {
        ["fin"] = "fi", ["swe"] = "sv", ["eng"] = "en", ["rus"] = "ru", ["ukr"] = "uk", ["ara"] = "ar",
        ["est"] = "et", ["som"] = "so", ["fas"] = "fa", ["per"] = "fa", ["deu"] = "de", ["ger"] = "de",
        ["fra"] = "fr", ["fre"] = "fr", ["spa"] = "es", ["tur"] = "tr", ["kur"] = "ku", ["vie"] = "vi",
        ["tha"] = "th", ["sme"] = "se", ["nor"] = "no", ["dan"] = "da", ["pol"] = "pl", ["zho"] = "zh",
        ["chi"] = "zh", ["sqi"] = "sq", ["alb"] = "sq", ["pus"] = "ps", ["tir"] = "ti", ["amh"] = "am",
        ["ron"] = "ro", ["rum"] = "ro", ["ita"] = "it", ["por"] = "pt", ["lit"] = "lt", ["lav"] = "lv",
    };

    // Feeds that leave the code empty still name the language; only the three UI languages are worth guessing.
    private static readonly Dictionary<string, string> LanguageNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["suomi"] = "fi", ["finnish"] = "fi", ["finska"] = "fi",
        ["ruotsi"] = "sv", ["svenska"] = "sv", ["swedish"] = "sv",
        ["englanti"] = "en", ["english"] = "en", ["engelska"] = "en",
    };

    /// <summary>An ISO 639-1 code for an HSDS language, or null when it cannot be told.</summary>
    public static string? LanguageCode(HsdsLanguage language)
    {
        var code = language.Code?.Trim().ToLowerInvariant() ?? "";
        var cut = code.IndexOfAny(['-', '_']);
        code = cut > 0 ? code[..cut] : code;
        if (code.Length == 2 && code.All(char.IsAsciiLetterLower))
        {
            return code;
        }

        if (ThreeLetter.TryGetValue(code, out var two))
        {
            return two;
        }

        return LanguageNames.GetValueOrDefault(language.Name?.Trim() ?? "");
    }

    /// <summary>The UI language a record's text is written in: its first language when that is fi, sv or en.</summary>
    public static string TextLanguage(string? code) => code is "sv" or "en" ? code : "fi";

    /// <summary>A text in one language slot; an empty text stays empty.</summary>
    public static LocalizedText In(string lang, string? text)
    {
        var value = Clean(text);
        return lang switch
        {
            "sv" => new LocalizedText("", sv: value),
            "en" => new LocalizedText("", en: value),
            _ => new LocalizedText(value ?? ""),
        };
    }

    /// <summary>Trims and turns blank into null.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Paragraphs of Markdown from the parts that have text.</summary>
    public static string? Paragraphs(params string?[] parts)
    {
        var present = parts.Select(Clean).OfType<string>().ToList();
        return present.Count == 0 ? null : string.Join("\n\n", present);
    }

    /// <summary>The first sentence, at most <see cref="MaxSummary"/> characters, cut at a word when longer.</summary>
    public static string? Summary(string? description)
    {
        var text = Clean(description);
        if (text is null)
        {
            return null;
        }

        text = Whitespace().Replace(text, " ");
        var end = SentenceEnd().Match(text);
        var sentence = end.Success ? text[..(end.Index + 1)] : text;
        return Shorten(sentence, MaxSummary);
    }

    /// <summary>Cuts at the last word boundary that fits and marks the cut with an ellipsis.</summary>
    public static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > max / 2 ? cut : max - 1)].TrimEnd(' ', ',', ';', ':', '–', '-') + "…";
    }

    /// <summary>
    /// "aitiysneuvolat-joensuu-9db7077e": readable from the name, unique through the id. <paramref name="idChars"/>
    /// grows when the short form is already taken.
    /// </summary>
    public static string Slug(string name, string id, int idChars)
    {
        var suffix = new string([.. Ascii(id).Where(char.IsAsciiLetterOrDigit).Take(idChars)]);
        var words = NonSlug().Replace(Ascii(name), "-").Trim('-');
        var room = 120 - 1 - suffix.Length;
        if (words.Length > room)
        {
            var cut = words.LastIndexOf('-', room);
            words = words[..(cut > 0 ? cut : room)].Trim('-');
        }

        words = words.Length == 0 ? "palvelu" : words;
        return suffix.Length == 0 ? words : $"{words}-{suffix}";
    }

    private static string Ascii(string text)
    {
        // Decomposing and dropping the marks turns ä, ö and å into a, o and a, as Finnish URLs usually do.
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
        {
            result.Append(c);
        }

        return result.ToString();
    }

    [GeneratedRegex(@"[.!?](?=\s+[\p{Lu}\d]|\s*$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlug();
}
