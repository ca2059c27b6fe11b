using SahkoinenPerhekeskus.Core.Catalogue.Queries;
using SahkoinenPerhekeskus.Core.Publishing;

namespace SahkoinenPerhekeskus.Web.Pages.Sivut;

/// <summary>Articles, news and static pages such as the operating plan and the accessibility statement.</summary>
public sealed class SivuModel(CatalogueQueries queries) : PageModel
{
    public ContentPage Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var page = slug.Length <= ContentPage.MaxSlug ? await queries.PageAsync(slug, ct) : null;
        if (page is null)
        {
            return NotFound();
        }

        Item = page;
        return Page();
    }
}
