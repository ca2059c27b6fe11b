namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Forms;

/// <summary>A text in the three languages as typed; Finnish is required where the field is.</summary>
public sealed class LocalizedInput
{
    public string? Fi { get; set; }
    public string? Sv { get; set; }
    public string? En { get; set; }

    public LocalizedText ToText() => new((Fi ?? "").Trim(), Sv?.Trim(), En?.Trim());

    public static LocalizedInput From(LocalizedText t) => new() { Fi = t.Fi, Sv = t.Sv, En = t.En };
}
