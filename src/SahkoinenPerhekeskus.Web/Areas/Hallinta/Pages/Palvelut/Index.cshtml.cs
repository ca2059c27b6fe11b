namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Palvelut;

/// <summary>
/// The services in the account's scope, and bulk actions on a selection. A bulk action is all or nothing: every
/// selected service is authorized first, and one outside the scope refuses the whole request.
/// </summary>
public sealed class IndexModel(ServiceEditor editor, EditorialGuard guard, HallintaText text, EditorialQueries queries)
    : ServicePageModel(editor, guard, text)
{
    public const int MaxBulk = 200;

    public IReadOnlyList<ServiceRow> Rows { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty]
    public List<string> Ids { get; set; } = [];

    [BindProperty]
    public string? BulkAction { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostBulkAsync(CancellationToken ct)
    {
        EditorialOperation? operation = BulkAction switch
        {
            "publish" => EditorialOperation.Publish,
            "unpublish" => EditorialOperation.Unpublish,
            "check" => EditorialOperation.MarkChecked,
            _ => null,
        };
        var ids = Ids.Select(i => int.TryParse(i, out var n) ? n : -1).Distinct().ToList();
        if (operation is null || ids.Count == 0 || ids.Count > MaxBulk || ids.Contains(-1))
        {
            ModelState.AddModelError(nameof(Ids), Text[operation is null ? "Bulk.BadAction" : "Bulk.NoSelection", MaxBulk]);
            await LoadAsync(ct);
            return Page();
        }

        var services = new List<Core.Catalogue.Service>();
        foreach (var id in ids)
        {
            if (await AuthorizeAsync(id, operation.Value, ct) is { } denied)
            {
                return denied;
            }

            services.Add(Service);
        }

        foreach (var service in services)
        {
            switch (operation)
            {
                case EditorialOperation.Publish:
                    await Editor.PublishAsync(service, Actor, ct);
                    break;
                case EditorialOperation.Unpublish when service.IsPublished:
                    await Editor.UnpublishAsync(service, Actor, ct);
                    break;
                case EditorialOperation.MarkChecked:
                    await Editor.MarkCheckedAsync(service, Actor, ct);
                    break;
                default:
                    break;
            }
        }

        Message("Bulk.Done", services.Count);
        return Redirect("/hallinta/palvelut");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var rows = await queries.ServicesInScopeAsync(Scope, ct);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            rows = [.. rows.Where(r => r.Service.Name.Fi.Contains(q, StringComparison.OrdinalIgnoreCase)
                || (r.Service.ServiceType?.Name.Fi.Contains(q, StringComparison.OrdinalIgnoreCase) ?? false)
                || r.Service.Municipalities.Any(m => m.Name.Fi.Contains(q, StringComparison.OrdinalIgnoreCase)))];
        }

        Rows = rows;
    }
}
