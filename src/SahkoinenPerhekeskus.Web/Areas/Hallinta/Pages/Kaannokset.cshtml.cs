namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages;

/// <summary>
/// Translation coverage: the services in the editor's scope that show Finnish text to Swedish or English readers,
/// by municipality, so each editor can see what to translate next.
/// </summary>
public sealed class KaannoksetModel(HallintaText text, EditorialQueries queries) : HallintaPageModel(text)
{
    public IReadOnlyList<TranslationGroup> Groups { get; private set; } = [];

    /// <summary>Only the services with a gap (the default), or all of them.</summary>
    public bool ShowAll { get; private set; }

    public async Task OnGetAsync(string? kaikki, CancellationToken ct)
    {
        ShowAll = kaikki == "1";
        Groups = await queries.TranslationCoverageAsync(Scope, new LocalizedText(Text["Translations.National"]), ct);
    }
}
