using System.Text.RegularExpressions;

namespace SahkoinenPerhekeskus.Core.Catalogue;

/// <summary>
/// What a phone number, an e-mail address and a web address must look like before the site links to it. The one
/// rule book for every way a contact enters the catalogue: the editor, the content files, HSDS and PTV imports.
/// </summary>
public static partial class ContactRules
{
    public const int MaxEmail = 254;

    /// <summary>Finnish numbers in any usual writing (013 123 4567, 0400-123456, +358 40 123 4567, 116 117, 112) and international ones.</summary>
    public static bool IsPhone(string? value) => value is not null && PhonePattern().IsMatch(value);

    /// <summary>
    /// An address a <c>mailto:</c> link can carry: the HTML standard's valid e-mail address (ASCII, no quotes, angle
    /// brackets or spaces), with a top-level domain of letters.
    /// </summary>
    public static bool IsEmail(string? value) => value is { Length: > 0 and <= MaxEmail } && EmailPattern().IsMatch(value);

    /// <summary>An absolute http(s) address with a dotted host name and nothing a link would have to escape.</summary>
    public static bool IsWebUrl(string? value) =>
        value is { Length: > 0 and <= ServiceChannel.MaxValue }
        && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or '<' or '>' or '`')
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Contains('.', StringComparison.Ordinal);

    /// <summary>
    /// A number as sources write it, in the shape <see cref="IsPhone"/> accepts: brackets, dots and slashes become
    /// spaces ("(013) 123.4567" → "013 123 4567"). Null when it is not a phone number even then.
    /// </summary>
    public static string? NormalisePhone(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = Separators().Replace(value.Trim(), " ").Trim();
        return IsPhone(text) ? text : null;
    }

    [GeneratedRegex(@"^(\+358 ?|0)[1-9][0-9 \-]{4,14}$|^1[0-9]{2}( ?[0-9]{3})?$|^\+[1-9][0-9 \-]{6,18}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[A-Za-z0-9.!#$%&'*+/=?^_{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,63}$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"[()./\s]+")]
    private static partial Regex Separators();
}
