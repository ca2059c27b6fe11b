using Microsoft.AspNetCore.Identity;
using QRCoder;
using SahkoinenPerhekeskus.Core.Accounts;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Tili;

/// <summary>
/// TOTP enrolment (RFC 6238, Identity's authenticator provider): scan the QR code or type the key, confirm with
/// a code. Required accounts land here until they have done it (TwoFactorSetupFilter).
/// </summary>
public sealed class KaksivaiheModel(HallintaText text, UserManager<EditorUser> users, SignInManager<EditorUser> signIn, AccountAdministration accounts)
    : HallintaPageModel(text)
{
    public const string Issuer = "Sähköinen perhekeskus";

    [BindProperty]
    public string? Code { get; set; }

    public bool Enabled { get; private set; }

    public bool IsRequired { get; private set; }

    public string Key { get; private set; } = "";

    public string QrDataUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        return user is null ? Challenge() : await ShowAsync(user);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var code = new string((Code ?? "").Where(char.IsDigit).ToArray());
        if (code.Length != 6 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), Text["TwoFactor.WrongCode"]);
            return await ShowAsync(user);
        }

        await accounts.EnableTwoFactorAsync(user, Actor, ct);
        await signIn.RefreshSignInAsync(user);
        Message("TwoFactor.Done");
        return Redirect("/hallinta");
    }

    private async Task<IActionResult> ShowAsync(EditorUser user)
    {
        Enabled = user.TwoFactorEnabled;
        IsRequired = user.RequireTwoFactor;
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // A new key changes the security stamp: without a fresh cookie the stamp check a minute later would sign
            // the editor out while they are still scanning the code.
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        Key = string.Join(' ', key!.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        // A data: URI, which the CSP allows for images: no extra endpoint that could leak the secret.
        QrDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
        return Page();
    }
}
