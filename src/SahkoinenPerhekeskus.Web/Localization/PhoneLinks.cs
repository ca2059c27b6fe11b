namespace SahkoinenPerhekeskus.Web.Localization;

/// <summary>tel: links need the digits only; Finnish local numbers keep their leading zero, international ones their +.</summary>
public static class PhoneLinks
{
    public static string Digits(string number) => new([.. number.Where(ch => char.IsDigit(ch) || ch == '+')]);

    public static string TelUri(string number) => "tel:" + Digits(number);
}
