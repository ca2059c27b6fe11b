using System.ComponentModel.DataAnnotations.Schema;

namespace SahkoinenPerhekeskus.Core.Common;

/// <summary>
/// A text in Finnish with optional Swedish and English versions. Finnish is always the fallback,
/// because every entry must have it and families must never see an empty field.
/// </summary>
[ComplexType]
public sealed class LocalizedText
{
    public const int MaxShort = 300;

    public string Fi { get; set; } = "";
    public string? Sv { get; set; }
    public string? En { get; set; }

    public LocalizedText()
    {
    }

    public LocalizedText(string fi, string? sv = null, string? en = null)
    {
        Fi = fi;
        Sv = string.IsNullOrWhiteSpace(sv) ? null : sv;
        En = string.IsNullOrWhiteSpace(en) ? null : en;
    }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Fi) && Sv is null && En is null;

    /// <summary>The text in <paramref name="lang"/> or null when that language has none.</summary>
    public string? Exact(string lang) => lang switch
    {
        "sv" => Sv,
        "en" => En,
        _ => string.IsNullOrWhiteSpace(Fi) ? null : Fi,
    };

    /// <summary>The text in <paramref name="lang"/>, falling back to Finnish; reports which language was used.</summary>
    public (string Text, string Lang) For(string lang)
    {
        var exact = Exact(lang);
        return exact is not null ? (exact, lang) : (Fi, "fi");
    }

    public string this[string lang] => For(lang).Text;

    public LocalizedText Copy() => new(Fi, Sv, En);

    public override string ToString() => Fi;
}
