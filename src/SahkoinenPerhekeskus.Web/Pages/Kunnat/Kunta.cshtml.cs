using SahkoinenPerhekeskus.Core.Catalogue.Queries;

namespace SahkoinenPerhekeskus.Web.Pages.Kunnat;

/// <summary>One municipality's tray: the regional service types in the same order as in every other municipality.</summary>
public sealed class KuntaModel(MunicipalityTray tray) : PageModel
{
    public MunicipalityTrayView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var view = slug.Length <= 64 ? await tray.BuildAsync(slug, ct) : null;
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }
}
