namespace SahkoinenPerhekeskus.Web.Localization;

/// <summary>Language-aware links from Razor: <c>Url.Localized("/palvelut/" + slug)</c>.</summary>
public static class UrlHelperExtensions
{
    /// <summary>
    /// An app path in the current request's language, with the path base: on a Swedish page
    /// <c>Url.Localized("/haku?q=x")</c> is <c>/sv/haku?q=x</c>. Escape path segments and query values yourself.
    /// </summary>
    public static string Localized(this IUrlHelper url, string path)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.Localized(path, RequestLanguage.Resolve(url.ActionContext.HttpContext).Language);
    }

    /// <summary>An app path in the given language, with the path base.</summary>
    public static string Localized(this IUrlHelper url, string path, SiteLanguage language)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.Content("~" + LanguagePaths.Localize(path, language));
    }
}
