using SahkoinenPerhekeskus.Core.Catalogue;
using SahkoinenPerhekeskus.Core.Catalogue.Queries;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Palvelut;

/// <summary>Preview of the working copy: the stored row read as the public page reads it, with the draft laid over it in memory.</summary>
public sealed class EsikatseluModel(ServiceEditor editor, EditorialGuard guard, HallintaText text, CatalogueQueries queries)
    : ServicePageModel(editor, guard, text)
{
    public Service Preview { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await AuthorizeAsync(id, EditorialOperation.Preview, ct) is { } denied)
        {
            return denied;
        }

        var preview = await queries.ServiceForPreviewAsync(id, ct);
        if (preview is null)
        {
            return NotFound();
        }

        ServiceSnapshotMapper.ApplyDetached(preview, await Editor.WorkingCopyAsync(Service, ct), await Editor.ReferenceDataAsync(ct));
        Preview = preview;
        Response.Headers["X-Robots-Tag"] = "noindex";
        return Page();
    }
}
