namespace SahkoinenPerhekeskus.Web.Localization;

/// <summary>
/// The current request's language and language-aware URLs. Inject it into views (<c>@inject ILanguageContext Lang</c>),
/// view components and services; in Razor the shorter <c>Url.Localized("/palvelut/" + slug)</c> does the same.
/// </summary>
public interface ILanguageContext
{
    /// <summary>The language of this request (from the URL prefix).</summary>
    SiteLanguage Current { get; }

    /// <summary>The current page's path without the language prefix, e.g. <c>/palvelut/x</c>.</summary>
    string PagePath { get; }

    /// <summary>An app path (<c>/haku?q=neuvola</c>) as a URL in the current language, with the path base.</summary>
    string Url(string path);

    /// <summary>An app path as a URL in the given language, with the path base.</summary>
    string Url(string path, SiteLanguage language);

    /// <summary>
    /// The current page in every language, query string kept: for the language switcher and hreflang.
    /// </summary>
    IReadOnlyList<LanguageAlternate> Alternates { get; }

    /// <summary>
    /// A site-relative URL made absolute with <c>Perhekeskus:Web:PublicOrigin</c> when it is set (so a forged Host
    /// header cannot end up in cached pages), else with the request's own scheme and host.
    /// </summary>
    string Absolute(string url);
}

/// <summary>The current page in one language.</summary>
public sealed record LanguageAlternate(SiteLanguage Language, string Url, bool IsCurrent);
