using System.Globalization;
using SahkoinenPerhekeskus.Core.Hsds.Import;

namespace SahkoinenPerhekeskus.Core.Ptv;

/// <summary>PTV's language items as the tray's fi/sv/en texts.</summary>
internal static class PtvText
{
    private static readonly TextInfo Finnish = CultureInfo.GetCultureInfo("fi-FI").TextInfo;

    /// <summary>The items of <paramref name="type"/> (any type when null) in fi, sv and en, cut to <paramref name="max"/>.</summary>
    public static LocalizedText Texts(IEnumerable<PtvLanguageItem>? items, string? type, int max = HsdsText.MaxText)
    {
        var list = (items ?? []).Where(i => type is null || string.Equals(i.Type, type, StringComparison.OrdinalIgnoreCase)).ToList();
        string? In(string lang) => HsdsText.Clean(list.FirstOrDefault(i => string.Equals(i.Language, lang, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(i.Value))?.Value) is { } v
            ? HsdsText.Shorten(v, max)
            : null;
        return new LocalizedText(In("fi") ?? "", In("sv"), In("en"));
    }

    /// <summary>A name: Finnish is every text's fallback, so a name given only in Swedish or English is copied into it.</summary>
    public static LocalizedText Name(IEnumerable<PtvLanguageItem>? items, string type)
    {
        var name = Texts(items, type, LocalizedText.MaxShort);
        if (string.IsNullOrWhiteSpace(name.Fi))
        {
            name.Fi = name.Sv ?? name.En ?? "";
        }

        return name;
    }

    /// <summary>Paragraphs joined per language.</summary>
    public static LocalizedText Join(params LocalizedText[] parts) => new(
        HsdsText.Paragraphs([.. parts.Select(p => p.Exact("fi"))]) ?? "",
        HsdsText.Paragraphs([.. parts.Select(p => p.Sv)]),
        HsdsText.Paragraphs([.. parts.Select(p => p.En)]));

    /// <summary>PTV post offices are in capitals ("JOENSUU"); pages show "Joensuu".</summary>
    public static string? City(string? postOffice) =>
        HsdsText.Clean(postOffice) is { } city ? Finnish.ToTitleCase(city.ToLowerInvariant()) : null;

    public static string? In(IEnumerable<PtvLanguageItem>? items, string lang) =>
        HsdsText.Clean((items ?? []).FirstOrDefault(i => string.Equals(i.Language, lang, StringComparison.OrdinalIgnoreCase))?.Value)
        ?? HsdsText.Clean((items ?? []).FirstOrDefault()?.Value);
}
