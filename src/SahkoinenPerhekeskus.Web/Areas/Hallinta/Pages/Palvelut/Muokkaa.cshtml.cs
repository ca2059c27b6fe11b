using SahkoinenPerhekeskus.Core.Catalogue;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Palvelut;

/// <summary>
/// The service editor: shows the working copy, saves drafts, sends for review and publishes. Each post is
/// authorized on the stored service and again on the state being saved, so a service can neither be taken
/// over from another scope nor moved out of one's own.
/// </summary>
public sealed class MuokkaaModel(ServiceEditor editor, EditorialGuard guard, HallintaText text, ServiceScheduler scheduler)
    : ServicePageModel(editor, guard, text)
{
    [BindProperty]
    public ServiceForm Form { get; set; } = new();

    public EditorChoices Choices { get; private set; } = null!;

    public IReadOnlyList<ScheduledAction> Scheduled { get; private set; } = [];

    public bool HasPendingDraft => Service.IsPublished && Latest is { State: VersionState.Draft or VersionState.InReview };

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await AuthorizeAsync(id, EditorialOperation.View, ct) is { } denied)
        {
            return denied;
        }

        Form = ServiceForm.From(await Editor.WorkingCopyAsync(Service, ct));
        return await ShowAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken ct) => SaveAsync(id, VersionState.Draft, ct);

    public Task<IActionResult> OnPostReviewAsync(int id, CancellationToken ct) => SaveAsync(id, VersionState.InReview, ct);

    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct) => SaveAsync(id, VersionState.Published, ct);

    public async Task<IActionResult> OnPostAddChannelAsync(int id, CancellationToken ct)
    {
        if (await AuthorizeAsync(id, EditorialOperation.Edit, ct) is { } denied)
        {
            return denied;
        }

        ModelState.Clear();
        Form.Channels.Add(new ChannelInput { Kind = nameof(ChannelKind.Phone) });
        return await ShowAsync(ct);
    }

    private async Task<IActionResult> SaveAsync(int id, VersionState state, CancellationToken ct)
    {
        var operation = state switch
        {
            VersionState.InReview => EditorialOperation.SendForReview,
            VersionState.Published => EditorialOperation.Publish,
            _ => EditorialOperation.Edit,
        };
        var denied = await AuthorizeAsync(id, EditorialOperation.Edit, ct) ?? await AuthorizeAsync(id, operation, ct);
        if (denied is not null)
        {
            return denied;
        }

        var reference = await Editor.ReferenceDataAsync(ct);
        var problems = new List<EditorialProblem>();
        var snapshot = Form.ToSnapshot(problems);
        problems.AddRange(ServiceSnapshotValidator.Validate(snapshot, reference));
        if (problems.Count == 0 && !await Guard.AllowsAsync(User, EditorialOperation.Edit, reference.ScopeOf(snapshot)))
        {
            // The new state would leave the account's scope: refuse rather than let the service walk away.
            return Forbid();
        }

        if (problems.Count > 0)
        {
            AddProblems(problems);
            return await ShowAsync(ct);
        }

        if (state == VersionState.Published)
        {
            await Editor.SaveAndPublishAsync(Service, snapshot, Actor, ct);
        }
        else
        {
            await Editor.SaveDraftAsync(Service, snapshot, Actor, ct, state);
        }

        Message(state switch { VersionState.InReview => "Editor.SentForReview", VersionState.Published => "Editor.Published", _ => "Editor.Saved" }, Service.Name.Fi);
        return Redirect($"/hallinta/palvelut/{id}");
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Choices = EditorChoices.For(Scope, await Editor.ReferenceDataAsync(ct));
        Scheduled = await scheduler.PendingAsync(Service.Id, ct);
        return Page();
    }
}
