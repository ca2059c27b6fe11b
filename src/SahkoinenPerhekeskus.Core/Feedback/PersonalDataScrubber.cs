using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SahkoinenPerhekeskus.Core.Feedback;

/// <summary>What the scrubber found and replaced.</summary>
[Flags]
public enum PersonalData
{
    None = 0,
    Email = 1,
    IdentityCode = 2,
    Phone = 4,
    Address = 8,
}

public sealed record ScrubResult(string Text, PersonalData Found);

/// <summary>
/// Replaces e-mail addresses, Finnish personal identity codes (henkilötunnus), phone numbers and street addresses in
/// free text with neutral markers. It errs on the side of removing: a code with a wrong check character is still
/// somebody's code mistyped (any letter or digit is
/// accepted as the check character; only the date must exist), and a date written with hyphens may go as a phone number.
/// </summary>
public static partial class PersonalDataScrubber
{
    public const string EmailMarker = "[sähköposti]";
    public const string IdentityCodeMarker = "[henkilötunnus]";
    public const string PhoneMarker = "[puhelinnumero]";
    public const string AddressMarker = "[osoite]";

    /// <summary>Input beyond this is cut before the patterns run, so no text makes them slow.</summary>
    public const int MaxInput = 4000;

    public static ScrubResult Scrub(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ScrubResult(string.Empty, PersonalData.None);
        }

        var found = PersonalData.None;
        var s = text.Length > MaxInput ? text[..MaxInput] : text;
        s = s.Normalize(NormalizationForm.FormKC);

        s = Email().Replace(s, _ => Mark(ref found, PersonalData.Email, EmailMarker));
        s = IdentityCode().Replace(s, m => IsIdentityCode(m) ? Mark(ref found, PersonalData.IdentityCode, IdentityCodeMarker) : m.Value);
        s = InternationalPhone().Replace(s, m => Digits(m.Value) - 3 is >= 5 and <= 12 ? Mark(ref found, PersonalData.Phone, PhoneMarker) : m.Value);
        s = DomesticPhone().Replace(s, m => Digits(m.Value) is >= 7 and <= 14 ? Mark(ref found, PersonalData.Phone, PhoneMarker) : m.Value);
        s = StreetAddress().Replace(s, _ => Mark(ref found, PersonalData.Address, AddressMarker));
        s = EnglishAddress().Replace(s, _ => Mark(ref found, PersonalData.Address, AddressMarker));
        return new ScrubResult(s, found);
    }

    /// <summary>Scrubs, tidies white space and control characters, and cuts to <paramref name="maxLength"/> at a word.</summary>
    public static ScrubResult ScrubAndCap(string? text, int maxLength)
    {
        var result = Scrub(text);
        var tidy = Whitespace().Replace(string.Concat(result.Text.Where(c => !char.IsControl(c) || c is '\n' or '\t')), " ").Trim();
        if (tidy.Length > maxLength)
        {
            var cut = tidy.LastIndexOf(' ', maxLength - 1);
            tidy = (cut > maxLength / 2 ? tidy[..cut] : tidy[..(maxLength - 1)]).TrimEnd() + "…";
        }

        return result with { Text = tidy };
    }

    private static string Mark(ref PersonalData found, PersonalData kind, string marker)
    {
        found |= kind;
        return marker;
    }

    private static int Digits(string value) => value.Count(char.IsAsciiDigit);

    // DDMMYY, century sign, individual number, check character: the date must exist in its century.
    private static bool IsIdentityCode(Match m)
    {
        var century = char.ToUpperInvariant(m.Groups["c"].Value[0]) switch
        {
            '+' => 1800,
            '-' or 'Y' or 'X' or 'W' or 'V' or 'U' => 1900,
            _ => 2000,
        };
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var year = century + int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+\s?(?:@|\(at\)|\[at\])\s?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<d>\d{2})(?<m>\d{2})(?<y>\d{2})(?<c>[-+ABCDEFYXWVU])\d{3}[0-9A-Z](?![\p{L}\p{N}])", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex IdentityCode();

    // +358 40 123 4567, +358 (0)40 123 4567, 00358-40-1234567.
    [GeneratedRegex(@"(?<![\p{L}\p{N}+])(?:\+|00)\s?358[ \-]?(?:\(0\)[ \-]?)?\d{1,3}(?:[ \-]?\d{2,4}){1,4}(?![\p{L}\p{N}])", RegexOptions.None, 1000)]
    private static partial Regex InternationalPhone();

    // 040 123 4567, 040-1234567, (013) 123 456, 09 1234 5678, 0800 12345, 0800 123 456, 020 634 0000.
    [GeneratedRegex(@"(?<![\p{L}\p{N}+])(?:\(0\d{1,3}\)|0\d{1,3})(?:[ \-]?\d{2,4}){1,4}(?![\p{L}\p{N}]|[,.]\d)", RegexOptions.None, 1000)]
    private static partial Regex DomesticPhone();

    // Koulukatu 5 B 12, Rantatiellä 3 as. 4, Storgatan 10 A, Skolvägen 3 lgh 2: a street word, a number, and what follows.
    [GeneratedRegex(@"\b\p{L}{2,}(?:katu|kadu(?:lla|lle|lta|n)|tie|tie(?:llä|lle|ltä|n)|kuja|kuja(?:lla|lle|lta|n)|polku|polu(?:lla|n)|raitti|kaari|väylä|rinne|aukio|tori|tanhua|kaarre|gatan|gata|vägen|väg|gränd|stigen|allén|backen|torget)\s+\d{1,4}(?:\s?[-–]\s?\d{1,4})?(?:\s?[a-zA-ZåäöÅÄÖ](?![\p{L}]))?(?:\s?(?:as\.?|bst\.?|lgh\.?|krs\.?)?\s?\d{1,4}(?![\p{L}\p{N}]))?", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex StreetAddress();

    [GeneratedRegex(@"\b\d{1,4}\s+(?:\p{Lu}\p{L}+\s+){1,2}(?:Street|Road|Avenue|Lane|Drive|St\.|Rd\.)", RegexOptions.None, 1000)]
    private static partial Regex EnglishAddress();

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex Whitespace();
}
