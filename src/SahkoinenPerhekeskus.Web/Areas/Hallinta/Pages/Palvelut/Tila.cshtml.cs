namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Palvelut;

/// <summary>State changes without the form: publish the working copy (reviewers too), unpublish, mark as checked.</summary>
public sealed class TilaModel(ServiceEditor editor, EditorialGuard guard, HallintaText text) : ServicePageModel(editor, guard, text)
{
    public IActionResult OnGet(int id) => Redirect($"/hallinta/palvelut/{id}");

    public async Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct)
    {
        if (await AuthorizeAsync(id, EditorialOperation.Publish, ct) is { } denied)
        {
            return denied;
        }

        await Editor.PublishAsync(Service, Actor, ct);
        Message("Editor.Published", Service.Name.Fi);
        return Redirect($"/hallinta/palvelut/{id}");
    }

    public async Task<IActionResult> OnPostUnpublishAsync(int id, CancellationToken ct)
    {
        if (await AuthorizeAsync(id, EditorialOperation.Unpublish, ct) is { } denied)
        {
            return denied;
        }

        if (Service.IsPublished)
        {
            await Editor.UnpublishAsync(Service, Actor, ct);
        }

        Message("Editor.Unpublished", Service.Name.Fi);
        return Redirect($"/hallinta/palvelut/{id}");
    }

    public async Task<IActionResult> OnPostCheckAsync(int id, CancellationToken ct)
    {
        if (await AuthorizeAsync(id, EditorialOperation.MarkChecked, ct) is { } denied)
        {
            return denied;
        }

        await Editor.MarkCheckedAsync(Service, Actor, ct);
        Message("Editor.Checked", Service.ReviewBy?.ToString("d", System.Globalization.CultureInfo.CurrentCulture) ?? "");
        return Redirect($"/hallinta/palvelut/{id}");
    }
}
