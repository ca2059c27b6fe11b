using System.Net;
using Microsoft.AspNetCore.Identity;
using SahkoinenPerhekeskus.Core.Accounts;
using SahkoinenPerhekeskus.Web.Security;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Kirjautuminen;

public enum SignInOutcomeKind
{
    Succeeded,
    RequiresTwoFactor,

    /// <summary>Wrong e-mail, wrong password or a locked account: one answer, so the form reveals no accounts.</summary>
    Failed,

    /// <summary>Too many tries; the password was not checked. <see cref="SignInOutcome.RetryAfter"/> says how long to wait.</summary>
    Throttled,

    /// <summary>The second step only: the account is locked (its owner already knows the password).</summary>
    LockedOut,
}

public sealed record SignInOutcome(SignInOutcomeKind Kind, TimeSpan RetryAfter = default);

/// <summary>Told when an account has just been locked, so its owner hears of it (an e-mail in a deployment).</summary>
public interface ILockoutNotice
{
    Task AccountLockedAsync(EditorUser user, DateTimeOffset until, CancellationToken ct);
}

/// <summary>The hook point until mail is configured: the log line names the account id, never its address.</summary>
public sealed partial class LoggedLockoutNotice(ILogger<LoggedLockoutNotice> logger) : ILockoutNotice
{
    public Task AccountLockedAsync(EditorUser user, DateTimeOffset until, CancellationToken ct)
    {
        Locked(logger, user.Id, until);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {UserId} was locked until {Until} after repeated failed sign-ins; a notice to its owner is due")]
    private static partial void Locked(ILogger logger, string userId, DateTimeOffset until);
}

/// <summary>Both steps of signing in, behind the throttle, with one answer for every kind of failure.</summary>
public sealed class EditorSignIn(SignInManager<EditorUser> signIn, SignInThrottle throttle, ClientKeys keys, ILockoutNotice notice)
{
    private const int MaxEmail = 256;
    private const int MaxPassword = 1024;

    private UserManager<EditorUser> Users => signIn.UserManager;

    public async Task<SignInOutcome> PasswordAsync(string email, string password, IPAddress? client, CancellationToken ct)
    {
        var name = Users.NormalizeName(email.Trim()) ?? string.Empty;
        var clientKey = client is null ? null : keys.For(client);
        var accountKey = keys.ForAccount(name);
        if (throttle.WaitFor(clientKey, accountKey) is { } wait)
        {
            return new SignInOutcome(SignInOutcomeKind.Throttled, wait);
        }

        var user = email.Length > MaxEmail || password.Length > MaxPassword ? null : await Users.FindByNameAsync(email.Trim());
        if (user is null)
        {
            // Hash anyway, so an unknown address takes as long to answer as a known one.
            Users.PasswordHasher.HashPassword(new EditorUser(), password.Length > MaxPassword ? password[..MaxPassword] : password);
            throttle.Failed(clientKey, accountKey);
            return new SignInOutcome(SignInOutcomeKind.Failed);
        }

        var wasLocked = await Users.IsLockedOutAsync(user);
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded || result.RequiresTwoFactor)
        {
            throttle.Succeeded(accountKey);
            return new SignInOutcome(result.Succeeded ? SignInOutcomeKind.Succeeded : SignInOutcomeKind.RequiresTwoFactor);
        }

        throttle.Failed(clientKey, accountKey);
        await NoticeIfJustLockedAsync(user, wasLocked, result, ct);
        return new SignInOutcome(SignInOutcomeKind.Failed);
    }

    /// <summary>The authenticator code of the account that passed the first step; wrong codes count as failures too.</summary>
    public async Task<SignInOutcome> TwoFactorAsync(EditorUser user, string code, IPAddress? client, CancellationToken ct)
    {
        var clientKey = client is null ? null : keys.For(client);
        var accountKey = keys.ForAccount(user.NormalizedUserName ?? user.Id);
        if (throttle.WaitFor(clientKey, accountKey) is { } wait)
        {
            return new SignInOutcome(SignInOutcomeKind.Throttled, wait);
        }

        var digits = new string(code.Where(char.IsAsciiDigit).ToArray());
        var wasLocked = await Users.IsLockedOutAsync(user);
        var result = digits.Length == 6
            ? await signIn.TwoFactorAuthenticatorSignInAsync(digits, isPersistent: false, rememberClient: false)
            : Microsoft.AspNetCore.Identity.SignInResult.Failed;
        if (result.Succeeded)
        {
            throttle.Succeeded(accountKey);
            return new SignInOutcome(SignInOutcomeKind.Succeeded);
        }

        throttle.Failed(clientKey, accountKey);
        await NoticeIfJustLockedAsync(user, wasLocked, result, ct);
        return new SignInOutcome(result.IsLockedOut ? SignInOutcomeKind.LockedOut : SignInOutcomeKind.Failed);
    }

    public Task<EditorUser?> TwoFactorUserAsync() => signIn.GetTwoFactorAuthenticationUserAsync();

    private async Task NoticeIfJustLockedAsync(EditorUser user, bool wasLocked, Microsoft.AspNetCore.Identity.SignInResult result, CancellationToken ct)
    {
        if (result.IsLockedOut && !wasLocked && await Users.GetLockoutEndDateAsync(user) is { } until)
        {
            await notice.AccountLockedAsync(user, until, ct);
        }
    }
}
