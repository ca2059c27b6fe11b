using Microsoft.Extensions.Options;

namespace SahkoinenPerhekeskus.Web.Localization;

internal sealed class LanguageContext(IHttpContextAccessor accessor, IOptions<SiteOptions> options) : ILanguageContext
{
    private (SiteLanguage Language, string Path, string Query)? _resolved;

    private HttpContext Context =>
        accessor.HttpContext ?? throw new InvalidOperationException("ILanguageContext is only available in a request.");

    private (SiteLanguage Language, string Path, string Query) Resolved => _resolved ??= RequestLanguage.Resolve(Context);

    public SiteLanguage Current => Resolved.Language;

    public string PagePath => Resolved.Path;

    public IReadOnlyList<LanguageAlternate> Alternates =>
        [.. SiteLanguage.All.Select(language =>
            new LanguageAlternate(language, Url(EscapedPagePathAndQuery, language), language == Current))];

    // The resolved path is unescaped (as Request.Path is); hrefs need it escaped again.
    private string EscapedPagePathAndQuery => new PathString(Resolved.Path).ToUriComponent() + Resolved.Query;

    public string Url(string path) => Url(path, Current);

    public string Url(string path, SiteLanguage language) =>
        Context.Request.PathBase.ToUriComponent() + LanguagePaths.Localize(path, language);

    public string Absolute(string url)
    {
        var origin = options.Value.PublicOrigin?.TrimEnd('/');
        if (string.IsNullOrEmpty(origin))
        {
            var request = Context.Request;
            origin = $"{request.Scheme}://{request.Host}";
        }

        return origin + url;
    }
}
