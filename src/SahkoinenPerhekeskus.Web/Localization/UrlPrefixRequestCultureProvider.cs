using Microsoft.AspNetCore.Localization;

namespace SahkoinenPerhekeskus.Web.Localization;

/// <summary>
/// Sets the request culture from the URL prefix and nothing else: no cookie, no Accept-Language.
/// A link shared from a Swedish page opens in Swedish for everyone, and caches can key on the URL alone.
/// </summary>
public sealed class UrlPrefixRequestCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var language = RequestLanguage.Resolve(httpContext).Language;
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(language.CultureName));
    }
}
