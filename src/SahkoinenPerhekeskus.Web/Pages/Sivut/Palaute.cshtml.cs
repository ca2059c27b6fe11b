using SahkoinenPerhekeskus.Core.Catalogue.Queries;
using SahkoinenPerhekeskus.Core.Publishing;

namespace SahkoinenPerhekeskus.Web.Pages.Sivut;

/// <summary>
/// <c>/palaute</c>, the footer's "Anna palautetta": the editable page <c>content/pages/palaute</c> with the feedback
/// form under it. Answers given here are stored as feedback on that page, so the indicators show them with the rest.
/// </summary>
public sealed class PalauteModel(CatalogueQueries queries) : PageModel
{
    /// <summary>The slug of the content page behind <c>/palaute</c>.</summary>
    public const string Slug = "palaute";

    public ContentPage Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await queries.PageAsync(Slug, ct) is not { } page)
        {
            return NotFound();
        }

        Item = page;
        return Page();
    }
}
