using Microsoft.AspNetCore.Identity;
using SahkoinenPerhekeskus.Core.Accounts;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Kirjautuminen;

/// <summary>The second step of signing in for accounts with TOTP; wrong codes count towards the lockout too.</summary>
public sealed class KaksivaiheModel(SignInManager<EditorUser> signIn, HallintaText text) : HallintaPageModel(text)
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect("/hallinta/kirjaudu") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return Redirect("/hallinta/kirjaudu");
        }

        var code = new string((Code ?? "").Where(char.IsDigit).ToArray());
        var result = code.Length == 6
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : Microsoft.AspNetCore.Identity.SignInResult.Failed;
        if (result.Succeeded)
        {
            return Redirect(IndexModel.SafeReturnUrl(ReturnUrl));
        }

        ModelState.AddModelError(nameof(Code), Text[result.IsLockedOut ? "Login.LockedOut" : "TwoFactor.WrongCode"]);
        return Page();
    }
}
