using Microsoft.AspNetCore.Identity;
using SahkoinenPerhekeskus.Core.Accounts;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Kirjautuminen;

/// <summary>Sign-out is a POST (with the antiforgery token), so a link on another site cannot sign an editor out.</summary>
public sealed class UlosModel(SignInManager<EditorUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/hallinta/kirjaudu");
    }
}
