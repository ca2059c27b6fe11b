namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Palvelut;

/// <summary>Deleting asks first; the audit entry keeps the last content, so a deletion can be reconstructed.</summary>
public sealed class PoistaModel(ServiceEditor editor, EditorialGuard guard, HallintaText text) : ServicePageModel(editor, guard, text)
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await AuthorizeAsync(id, EditorialOperation.Delete, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await AuthorizeAsync(id, EditorialOperation.Delete, ct) is { } denied)
        {
            return denied;
        }

        var name = Service.Name.Fi;
        await Editor.DeleteAsync(Service, Actor, ct);
        Message("Delete.Done", name);
        return Redirect("/hallinta/palvelut");
    }
}
