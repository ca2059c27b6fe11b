namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Kirjautuminen;

/// <summary>The second step of signing in for accounts with TOTP, behind the same throttle; wrong codes count towards the lockout too.</summary>
public sealed class KaksivaiheModel(EditorSignIn signIn, HallintaText text) : HallintaPageModel(text)
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.TwoFactorUserAsync() is null ? Redirect("/hallinta/kirjaudu") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await signIn.TwoFactorUserAsync() is not { } user)
        {
            return Redirect("/hallinta/kirjaudu");
        }

        var outcome = await signIn.TwoFactorAsync(user, Code ?? "", HttpContext.Connection.RemoteIpAddress, ct);
        switch (outcome.Kind)
        {
            case SignInOutcomeKind.Succeeded:
                return Redirect(IndexModel.SafeReturnUrl(ReturnUrl));
            case SignInOutcomeKind.Throttled:
                return Throttled(nameof(Code), outcome.RetryAfter);
            default:
                ModelState.AddModelError(nameof(Code), Text[outcome.Kind == SignInOutcomeKind.LockedOut ? "Login.LockedOut" : "TwoFactor.WrongCode"]);
                return Page();
        }
    }
}
