using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace SahkoinenPerhekeskus.Core.Accounts;

/// <summary>
/// The password policy of OWASP ASVS 5.0 (V6.2): at least 12 characters (Identity's RequiredLength), at most
/// <see cref="MaxLength"/>, no composition rules, and not a common or guessable password. "Common" includes a listed
/// word with digits or punctuation added around it ("salasana2026!") and a short pattern repeated.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<EditorUser>
{
    public const int MaxLength = 128;
    public const string CommonCode = "PasswordCommon";
    public const string TooLongCode = "PasswordTooLong";
    public const string ContainsNameCode = "PasswordContainsName";

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public static int ListSize => Common.Value.Count;

    public Task<IdentityResult> ValidateAsync(UserManager<EditorUser> manager, EditorUser user, string? password)
    {
        password ??= "";
        if (password.Length > MaxLength)
        {
            return Fail(TooLongCode, $"Salasana saa olla enintään {MaxLength} merkkiä.");
        }

        if (IsCommon(password))
        {
            return Fail(CommonCode, "Salasana on liian yleinen tai helposti arvattava.");
        }

        var name = (user.Email ?? user.UserName ?? "").Split('@')[0].ToLowerInvariant();
        if (name.Length >= 4 && password.Contains(name, StringComparison.OrdinalIgnoreCase))
        {
            return Fail(ContainsNameCode, "Salasanassa ei saa olla käyttäjätunnusta.");
        }

        return Task.FromResult(IdentityResult.Success);
    }

    /// <summary>True for a listed password, a listed word padded with digits or punctuation, or a repeated short pattern.</summary>
    public static bool IsCommon(string password)
    {
        var normalised = password.Trim().ToLowerInvariant();
        if (normalised.Length == 0 || Common.Value.Contains(normalised))
        {
            return true;
        }

        var core = normalised.Trim("0123456789!?.,-_#@*+&%$€ ".ToCharArray());
        if (core.Length < normalised.Length && (core.Length < 4 || Common.Value.Contains(core) || IsRepeated(core)))
        {
            return true;
        }

        return IsRepeated(normalised) || normalised.Distinct().Count() <= 3;
    }

    // "abcabcabcabc" or "kissakissakissa": a unit of up to a third of the length, repeated to fill it.
    private static bool IsRepeated(string text)
    {
        for (var unit = 1; unit <= text.Length / 2; unit++)
        {
            if (text.Length % unit == 0 && string.Concat(Enumerable.Repeat(text[..unit], text.Length / unit)) == text)
            {
                return true;
            }
        }

        return false;
    }

    private static Task<IdentityResult> Fail(string code, string description) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = code, Description = description }));

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("SahkoinenPerhekeskus.Core.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line.Trim().ToLowerInvariant());
            }
        }

        return set;
    }
}
