using Microsoft.AspNetCore.Identity;
using SahkoinenPerhekeskus.Core.Accounts;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Kirjautuminen;

/// <summary>Sign-in with lockout: five wrong passwords lock the account for the configured time.</summary>
public sealed class IndexModel(SignInManager<EditorUser> signIn, HallintaText text) : HallintaPageModel(text)
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Redirect("/hallinta") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        Required(nameof(Email), Email, "Login.Email");
        Required(nameof(Password), Password, "Login.Password");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = Email!.Length > 256 || Password!.Length > 1024
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return Redirect(SafeReturnUrl(ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return Redirect("/hallinta/kirjaudu/kaksivaihe?ReturnUrl=" + Uri.EscapeDataString(SafeReturnUrl(ReturnUrl)));
        }

        // One message for a wrong e-mail and a wrong password, so the form does not reveal which accounts exist.
        ModelState.AddModelError(nameof(Password), Text[result.IsLockedOut ? "Login.LockedOut" : "Login.Failed"]);
        return Page();
    }

    /// <summary>Only back-office paths: an open redirect would make a convincing phishing link.</summary>
    public static string SafeReturnUrl(string? url) =>
        url is { Length: > 0 } && url.StartsWith("/hallinta", StringComparison.Ordinal) && !url.Contains("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
            ? url
            : "/hallinta";
}
