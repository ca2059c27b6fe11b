using Microsoft.AspNetCore.Identity;
using SahkoinenPerhekeskus.Core.Accounts;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Tili;

/// <summary>Changing one's password under the ASVS policy; paste is allowed (no script blocks it).</summary>
public sealed class SalasanaModel(HallintaText text, UserManager<EditorUser> users, SignInManager<EditorUser> signIn) : HallintaPageModel(text)
{
    [BindProperty]
    public string? Current { get; set; }

    [BindProperty]
    public string? New { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Required(nameof(Current), Current, "Password.Current");
        Required(nameof(New), New, "Password.New");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, Current!, New!);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                ModelState.AddModelError(e.Code == "PasswordMismatch" ? nameof(Current) : nameof(New), PasswordMessages.Describe(Text, e));
            }

            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        Message("Password.Done");
        return Redirect("/hallinta");
    }
}

/// <summary>Identity's password errors in Finnish (its own describer speaks English).</summary>
public static class PasswordMessages
{
    public static string Describe(HallintaText text, IdentityError error)
    {
        var message = text["Identity." + error.Code];
        return message == "Identity." + error.Code ? error.Description : message;
    }
}
