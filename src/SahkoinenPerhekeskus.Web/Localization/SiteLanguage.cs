namespace SahkoinenPerhekeskus.Web.Localization;

/// <summary>
/// One of the site's languages.
/// </summary>
/// <param name="Code">BCP 47 language tag used in the URL prefix, <c>lang</c> and <c>hreflang</c>.</param>
/// <param name="CultureName">
/// The .NET culture for formatting and resources. Regional variants are used for Swedish and English so that
/// dates and numbers read the way they do in Finland (sv-FI) and in British English (en-GB).
/// </param>
/// <param name="NativeName">How the language names itself in the language switcher.</param>
public sealed record SiteLanguage(string Code, string CultureName, string NativeName)
{
    public static readonly SiteLanguage Finnish = new("fi", "fi-FI", "Suomeksi");
    public static readonly SiteLanguage Swedish = new("sv", "sv-FI", "På svenska");
    public static readonly SiteLanguage English = new("en", "en-GB", "In English");

    /// <summary>Finnish: its URLs have no prefix and it is the x-default alternate.</summary>
    public static SiteLanguage Default => Finnish;

    /// <summary>All languages in the order the switcher shows them.</summary>
    public static IReadOnlyList<SiteLanguage> All { get; } = [Finnish, Swedish, English];

    public bool IsDefault => this == Default;

    /// <summary>The URL path prefix: empty for Finnish, <c>/sv</c> and <c>/en</c> for the others.</summary>
    public string PathPrefix => IsDefault ? string.Empty : "/" + Code;

    /// <summary>The language with this code (<c>fi</c>, <c>sv</c>, <c>en</c>, any case), or null.</summary>
    public static SiteLanguage? FromCode(string? code) =>
        All.FirstOrDefault(language => string.Equals(language.Code, code, StringComparison.OrdinalIgnoreCase));
}
