using SahkoinenPerhekeskus.Core.Accounts;
using SahkoinenPerhekeskus.Core.Catalogue;
using SahkoinenPerhekeskus.Core.Structure;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Kayttajat;

/// <summary>
/// A new account with a generated password, shown once on this response (not stored, not e-mailed): the admin
/// hands it over and the editor changes it.
/// </summary>
public sealed class UusiModel(HallintaText text, AccountAdministration accounts, EditorialGuard guard) : HallintaPageModel(text)
{
    [BindProperty]
    public UserForm Form { get; set; } = new() { Role = EditorRoles.MunicipalityEditor };

    public IReadOnlyList<Municipality> Municipalities { get; private set; } = [];

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public IReadOnlyList<Area> Areas { get; private set; } = [];

    public string? CreatedPassword { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await guard.AllowsAsync(User, EditorialOperation.ManageUsers, ScopeTarget.Region))
        {
            return Forbid();
        }

        await LoadAsync(ct);
        Required("Form.Email", Form.Email, "Login.Email");
        if (!string.IsNullOrWhiteSpace(Form.Email) && (Form.Email.Length > 254 || !Form.Email.Contains('@', StringComparison.Ordinal)))
        {
            ModelState.AddModelError("Form.Email", Text["Validation.Message", Text["Login.Email"], Text["Validation.Email", Form.Email]]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var password = AccountService.GeneratePassword();
        var result = await accounts.CreateAsync(
            new NewAccount(Form.Email!, Form.Role ?? "", Form.Municipalities, Form.Organisation, password, Form.DisplayName,
                Form.IncludeOrganisationServices == "true", Form.RequireTwoFactor == "true", Form.Area),
            Actor,
            new { Form.Role, Form.Municipalities, Form.Organisation, Form.Area, RequireTwoFactor = Form.RequireTwoFactor == "true" },
            ct);
        if (!result.Succeeded)
        {
            foreach (var p in result.Problems)
            {
                ModelState.AddModelError("Form." + (p.Field == "Password" ? "Email" : p.Field), Text["Users.Problem." + p.Code] is var m && m != "Users.Problem." + p.Code ? m : p.Message);
            }

            return Page();
        }

        CreatedPassword = password;
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        (Municipalities, Organisations, Areas) = await accounts.ChoicesAsync(ct);
    }
}
