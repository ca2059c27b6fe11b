using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using SahkoinenPerhekeskus.Core.Publishing;

namespace SahkoinenPerhekeskus.Web.Localization;

/// <summary>
/// Content text in the page's language. When a text has no version in that language the Finnish one is shown,
/// marked with lang="fi" so screen readers switch voice instead of reading Finnish with a Swedish accent.
/// </summary>
public static class LocalizedTextHtml
{
    public static string LangCode(this IHtmlHelper html) => RequestLanguage.Resolve(html.ViewContext.HttpContext).Language.Code;

    public static string Plain(this IHtmlHelper html, LocalizedText? text) => text is null ? "" : text[html.LangCode()];

    public static IHtmlContent Text(this IHtmlHelper html, LocalizedText? text)
    {
        if (text is null || text.IsEmpty)
        {
            return HtmlString.Empty;
        }

        var (value, lang) = text.For(html.LangCode());
        return lang == html.LangCode()
            ? new HtmlContentBuilder().Append(value)
            : new HtmlContentBuilder().AppendHtml("<span lang=\"fi\">").Append(value).AppendHtml("</span>");
    }

    /// <summary>Sanitised Markdown in a div; the div carries lang="fi" when the text fell back to Finnish.</summary>
    public static IHtmlContent Markdown(this IHtmlHelper html, LocalizedText? text, MarkdownRenderer renderer, string cssClass = "prose")
    {
        if (text is null || text.IsEmpty)
        {
            return HtmlString.Empty;
        }

        var (value, lang) = text.For(html.LangCode());
        var langAttribute = lang == html.LangCode() ? "" : " lang=\"fi\"";
        return new HtmlString($"<div class=\"{cssClass}\"{langAttribute}>{renderer.ToHtml(value, 2)}</div>");
    }

    /// <summary>"suomi, svenska, English", each name marked with its own language for screen readers.</summary>
    public static IHtmlContent LanguageList(this IHtmlHelper html, IEnumerable<string> codes)
    {
        var builder = new HtmlContentBuilder();
        var first = true;
        foreach (var code in codes)
        {
            if (!first)
            {
                builder.Append(", ");
            }

            first = false;
            builder.AppendHtml("<span lang=\"").Append(code).AppendHtml("\">").Append(LanguageNames.Native(code)).AppendHtml("</span>");
        }

        return builder;
    }

    public static bool IsFallback(this IHtmlHelper html, LocalizedText? text) =>
        text is not null && !text.IsEmpty && text.Exact(html.LangCode()) is null;
}
