using SahkoinenPerhekeskus.Core.Catalogue.Queries;

namespace SahkoinenPerhekeskus.Web.Pages.Alueet;

/// <summary>A family-centre area: its municipalities and the services they share.</summary>
public sealed class AlueModel(AreaTray tray) : PageModel
{
    public AreaTrayView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var view = code.Length <= AreaTray.MaxCode ? await tray.BuildAsync(code, ct) : null;
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }
}
