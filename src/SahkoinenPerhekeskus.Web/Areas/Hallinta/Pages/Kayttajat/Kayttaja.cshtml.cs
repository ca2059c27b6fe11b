using Microsoft.AspNetCore.Identity;
using SahkoinenPerhekeskus.Core.Accounts;
using SahkoinenPerhekeskus.Core.Catalogue;
using SahkoinenPerhekeskus.Core.Structure;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Kayttajat;

/// <summary>Changes an account's role, scope and 2FA requirement, or lifts a lockout. Open sessions re-validate within a minute.</summary>
public sealed class KayttajaModel(HallintaText text, UserManager<EditorUser> users, AccountService accounts, AccountAdministration administration, EditorialGuard guard)
    : HallintaPageModel(text)
{
    [BindProperty]
    public UserForm Form { get; set; } = new();

    public string UserId { get; private set; } = "";

    public bool Locked { get; private set; }

    public IReadOnlyList<Municipality> Municipalities { get; private set; } = [];

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public IReadOnlyList<Area> Areas { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await LoadAsync(user, ct);
        Form = UserForm.From(user, await administration.RoleOfAsync(user), Organisations.ToDictionary(o => o.Id, o => o.Code), await accounts.AreaOfAsync(user));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (!await guard.AllowsAsync(User, EditorialOperation.ManageUsers, ScopeTarget.Region))
        {
            return Forbid();
        }

        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await LoadAsync(user, ct);
        var before = UserForm.From(user, await administration.RoleOfAsync(user), Organisations.ToDictionary(o => o.Id, o => o.Code), await accounts.AreaOfAsync(user));
        Form.Email = user.Email;
        var change = new AccountScopeChange(Form.Role ?? "", Form.Municipalities, Form.Organisation, Form.Area,
            Form.IncludeOrganisationServices == "true", Form.RequireTwoFactor == "true");
        var problems = await administration.UpdateAsync(user, change, Actor, before, Form, ct);
        if (problems.Count > 0)
        {
            foreach (var p in problems)
            {
                ModelState.AddModelError("Form." + p.Field, Text["Users.Problem." + p.Code] is var m && m != "Users.Problem." + p.Code ? m : p.Message);
            }

            return Page();
        }

        Message("Structure.Saved");
        return Redirect("/hallinta/kayttajat");
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken ct)
    {
        if (!await guard.AllowsAsync(User, EditorialOperation.ManageUsers, ScopeTarget.Region))
        {
            return Forbid();
        }

        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await administration.UnlockAsync(user, Actor, ct);
        Message("Structure.Saved");
        return Redirect($"/hallinta/kayttajat/{id}");
    }

    private async Task LoadAsync(EditorUser user, CancellationToken ct)
    {
        UserId = user.Id;
        Locked = administration.IsLocked(user);
        (Municipalities, Organisations, Areas) = await administration.ChoicesAsync(ct);
    }
}
