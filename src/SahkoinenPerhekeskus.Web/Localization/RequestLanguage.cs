using Microsoft.AspNetCore.Diagnostics;

namespace SahkoinenPerhekeskus.Web.Localization;

/// <summary>
/// The language of a request, read from its URL prefix. Error pages are re-executed under <c>/virhe/{code}</c>,
/// so for them the original path (which carries the prefix) decides: <c>/sv/finns-inte</c> gets a Swedish 404.
/// </summary>
public static class RequestLanguage
{
    /// <summary>The language, the page path without the language prefix, and the query string.</summary>
    public static (SiteLanguage Language, string Path, string Query) Resolve(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        string? path;
        string? query;
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is { } statusCode)
        {
            path = statusCode.OriginalPath;
            query = statusCode.OriginalQueryString;
        }
        else if (context.Features.Get<IExceptionHandlerPathFeature>() is { } exception)
        {
            path = exception.Path;
            query = null;
        }
        else
        {
            path = context.Request.Path.Value;
            query = context.Request.QueryString.Value;
        }

        var (language, rest) = LanguagePaths.Split(path);
        return (language, rest, query ?? string.Empty);
    }
}
