namespace SahkoinenPerhekeskus.Web.Localization;

/// <summary>
/// The URL scheme of the languages as pure string functions: Finnish paths have no prefix
/// (<c>/palvelut/x</c>), Swedish and English are the same paths under <c>/sv</c> and <c>/en</c>.
/// </summary>
public static class LanguagePaths
{
    /// <summary>
    /// Splits a request path into its language and the path without the prefix:
    /// <c>/sv/palvelut/x</c> → (Swedish, <c>/palvelut/x</c>); <c>/en</c> → (English, <c>/</c>).
    /// </summary>
    public static (SiteLanguage Language, string Path) Split(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "/")
        {
            return (SiteLanguage.Default, "/");
        }

        foreach (var language in SiteLanguage.All)
        {
            if (language.IsDefault)
            {
                continue;
            }

            var prefix = language.PathPrefix;
            if (path.Equals(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return (language, "/");
            }

            if (path.StartsWith(prefix + "/", StringComparison.OrdinalIgnoreCase))
            {
                return (language, path[prefix.Length..]);
            }
        }

        return (SiteLanguage.Default, path);
    }

    /// <summary>
    /// The path of a page in a language: (<c>/palvelut/x?q=1</c>, Swedish) → <c>/sv/palvelut/x?q=1</c>,
    /// (<c>/</c>, Swedish) → <c>/sv/</c>. Accepts <c>~/x</c> and <c>x</c> as well as <c>/x</c>.
    /// </summary>
    public static string Localize(string path, SiteLanguage language)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(language);

        var normalized = path.StartsWith('~') ? path[1..] : path;
        if (!normalized.StartsWith('/'))
        {
            normalized = "/" + normalized;
        }

        return language.PathPrefix + normalized;
    }
}
