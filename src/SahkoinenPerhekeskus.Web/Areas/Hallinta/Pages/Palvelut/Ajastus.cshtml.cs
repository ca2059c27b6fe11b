namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Palvelut;

/// <summary>Schedules publishing or unpublishing at a Helsinki local time; the scheduler does it as this account.</summary>
public sealed class AjastusModel(ServiceEditor editor, EditorialGuard guard, HallintaText text, ServiceScheduler scheduler, TimeProvider clock)
    : ServicePageModel(editor, guard, text)
{
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "d.M.yyyy H.mm", "d.M.yyyy H:mm"];

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? At { get; set; }

    [BindProperty]
    public string? ActionId { get; set; }

    public IReadOnlyList<ScheduledAction> Pending { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await AuthorizeAsync(id, EditorialOperation.View, ct) is { } denied)
        {
            return denied;
        }

        Pending = await scheduler.PendingAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await AuthorizeAsync(id, EditorialOperation.Schedule, ct) is { } denied)
        {
            return denied;
        }

        ScheduledKind? kind = Kind switch { "Publish" => ScheduledKind.Publish, "Unpublish" => ScheduledKind.Unpublish, _ => null };
        if (kind is null)
        {
            ModelState.AddModelError(nameof(Kind), Text["Validation.Message", Text["Schedule.Kind"], Text["Validation.Choice"]]);
        }

        DateTime? due = null;
        if (string.IsNullOrWhiteSpace(At) || !DateTime.TryParseExact(At.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            ModelState.AddModelError(nameof(At), Text["Validation.Message", Text["Schedule.At"], Text["Validation.DateTime", At ?? ""]]);
        }
        else if (ServiceEditor.Helsinki.IsInvalidTime(local))
        {
            // The hour skipped when clocks go forward in spring does not exist in Helsinki.
            ModelState.AddModelError(nameof(At), Text["Validation.Message", Text["Schedule.At"], Text["Validation.DateTime", At]]);
        }
        else
        {
            due = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), ServiceEditor.Helsinki);
            if (due <= clock.GetUtcNow().UtcDateTime)
            {
                ModelState.AddModelError(nameof(At), Text["Validation.Message", Text["Schedule.At"], Text["Validation.InThePast"]]);
            }
        }

        if (!ModelState.IsValid)
        {
            Pending = await scheduler.PendingAsync(id, ct);
            return Page();
        }

        await scheduler.ScheduleAsync(Service, kind!.Value, due!.Value, Actor, ct);
        Message("Schedule.Done");
        return Redirect($"/hallinta/palvelut/{id}/ajastus");
    }

    public async Task<IActionResult> OnPostCancelAsync(int id, CancellationToken ct)
    {
        if (await AuthorizeAsync(id, EditorialOperation.Schedule, ct) is { } denied)
        {
            return denied;
        }

        if (!int.TryParse(ActionId, out var actionId) || !await scheduler.CancelAsync(Service, actionId, Actor, ct))
        {
            return NotFound();
        }

        Message("Schedule.Cancelled");
        return Redirect($"/hallinta/palvelut/{id}/ajastus");
    }
}
