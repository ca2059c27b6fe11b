using SahkoinenPerhekeskus.Core.Catalogue;
using SahkoinenPerhekeskus.Core.Catalogue.Queries;

namespace SahkoinenPerhekeskus.Web.Pages.Palvelut;

/// <summary>A service page: the shared regional description with the local entry, channels and hours.</summary>
public sealed class PalveluModel(CatalogueQueries queries, OpenNow openNow) : PageModel
{
    public Service Service { get; private set; } = null!;

    public OpenNow OpenNow => openNow;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var service = slug.Length <= Service.MaxSlug ? await queries.ServiceBySlugAsync(slug, ct) : null;
        if (service is null)
        {
            return NotFound();
        }

        Service = service;
        return Page();
    }
}
