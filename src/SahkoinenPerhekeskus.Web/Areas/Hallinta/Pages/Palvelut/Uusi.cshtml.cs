using SahkoinenPerhekeskus.Core.Catalogue;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Palvelut;

/// <summary>A new service starts as a draft. Authorized on the state being created: it must lie inside the account's scope.</summary>
public sealed class UusiModel(ServiceEditor editor, EditorialGuard guard, HallintaText text) : ServicePageModel(editor, guard, text)
{
    [BindProperty]
    public ServiceForm Form { get; set; } = new();

    public EditorChoices Choices { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!EditorialPolicy.MayCreateServices(Scope))
        {
            return Forbid();
        }

        Choices = EditorChoices.For(Scope, await Editor.ReferenceDataAsync(ct));
        Form = new ServiceForm
        {
            Organisation = Choices.Organisations.Count > 0 ? Choices.Organisations[0].Code : null,
            Coverage = nameof(ServiceCoverage.Local),
            Municipalities = Choices.Municipalities.Count == 1 ? [Choices.Municipalities[0].Code] : [],
            Languages = ["fi"],
            Urgency = nameof(Urgency.None),
            Channels = [new ChannelInput { Kind = nameof(ChannelKind.Phone) }],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAddChannelAsync(CancellationToken ct)
    {
        Choices = EditorChoices.For(Scope, await Editor.ReferenceDataAsync(ct));
        ModelState.Clear();
        Form.Channels.Add(new ChannelInput { Kind = nameof(ChannelKind.Phone) });
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var reference = await Editor.ReferenceDataAsync(ct);
        Choices = EditorChoices.For(Scope, reference);
        var problems = new List<EditorialProblem>();
        var snapshot = Form.ToSnapshot(problems);
        problems.AddRange(ServiceSnapshotValidator.Validate(snapshot, reference));
        if (problems.Count > 0)
        {
            // The scope decides before validation does: a forged request outside the scope learns nothing more.
            if (problems.All(p => p.Field is not ("Organisation" or "Municipalities" or "Areas" or "Coverage"))
                && !await Guard.AllowsAsync(User, EditorialOperation.Create, reference.ScopeOf(snapshot)))
            {
                return Forbid();
            }

            AddProblems(problems);
            return Page();
        }

        if (!await Guard.AllowsAsync(User, EditorialOperation.Create, reference.ScopeOf(snapshot)))
        {
            return Forbid();
        }

        var service = await Editor.CreateAsync(snapshot, Actor, ct);
        Message("Create.Done", service.Name.Fi);
        return Redirect($"/hallinta/palvelut/{service.Id}");
    }
}
