namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Kirjautuminen;

/// <summary>Sign-in behind the throttle (<see cref="EditorSignIn"/>): too many tries answer 429 with the wait.</summary>
public sealed class IndexModel(EditorSignIn signIn, HallintaText text) : HallintaPageModel(text)
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Redirect("/hallinta") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Required(nameof(Email), Email, "Login.Email");
        Required(nameof(Password), Password, "Login.Password");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await signIn.PasswordAsync(Email!, Password!, HttpContext.Connection.RemoteIpAddress, ct);
        switch (outcome.Kind)
        {
            case SignInOutcomeKind.Succeeded:
                return Redirect(SafeReturnUrl(ReturnUrl));
            case SignInOutcomeKind.RequiresTwoFactor:
                return Redirect("/hallinta/kirjaudu/kaksivaihe?ReturnUrl=" + Uri.EscapeDataString(SafeReturnUrl(ReturnUrl)));
            case SignInOutcomeKind.Throttled:
                return Throttled(nameof(Password), outcome.RetryAfter);
            default:
                ModelState.AddModelError(nameof(Password), Text["Login.Failed"]);
                return Page();
        }
    }

    /// <summary>Only back-office paths: an open redirect would make a convincing phishing link.</summary>
    public static string SafeReturnUrl(string? url) =>
        url is { Length: > 0 } && url.StartsWith("/hallinta", StringComparison.Ordinal) && !url.Contains("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
            ? url
            : "/hallinta";
}
