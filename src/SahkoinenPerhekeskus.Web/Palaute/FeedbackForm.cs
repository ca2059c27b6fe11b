using SahkoinenPerhekeskus.Core.Feedback;

namespace SahkoinenPerhekeskus.Web.Palaute;

/// <summary>The names and values of the feedback form, shared by the partial, the endpoint and the tests.</summary>
public static class FeedbackForm
{
    /// <summary>The POST target, also under /sv and /en so the answer (and any error page) keeps the language.</summary>
    public const string Path = "/palaute/vastaus";

    public const string PageField = "sivu";
    public const string AnswerField = "vastaus";
    public const string TextField = "teksti";
    public const string Yes = "kylla";
    public const string No = "ei";

    /// <summary>The query parameter the redirect back sets, and its values.</summary>
    public const string StateParameter = "palaute";
    public const string ThanksState = "kiitos";
    public const string MissingAnswerState = "valitse";

    /// <summary>The id of the form's section: the redirect's fragment.</summary>
    public const string Anchor = "palaute";

    /// <summary>The site-wide feedback page; its answers belong to the content page of the same slug.</summary>
    public const string SitePage = "/palaute";

    /// <summary>
    /// The pages that carry the form: <c>/palvelut/{slug}</c>, <c>/sivut/{slug}</c> and <see cref="SitePage"/>,
    /// paths without language.
    /// </summary>
    public static bool TryParsePage(string? path, out FeedbackTargetKind kind, out string slug)
    {
        kind = default;
        slug = string.Empty;
        if (string.IsNullOrEmpty(path) || path.Length > 200)
        {
            return false;
        }

        if (path == SitePage)
        {
            kind = FeedbackTargetKind.Page;
            slug = SitePage[1..];
            return true;
        }

        foreach (var (prefix, k) in new[] { ("/palvelut/", FeedbackTargetKind.Service), ("/sivut/", FeedbackTargetKind.Page) })
        {
            if (path.StartsWith(prefix, StringComparison.Ordinal))
            {
                var rest = path[prefix.Length..];
                if (rest.Length is > 0 and <= FeedbackEntry.MaxTargetId && rest.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
                {
                    kind = k;
                    slug = rest;
                    return true;
                }
            }
        }

        return false;
    }
}
