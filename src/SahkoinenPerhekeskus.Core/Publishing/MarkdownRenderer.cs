using Ganss.Xss;
using Markdig;

namespace SahkoinenPerhekeskus.Core.Publishing;

/// <summary>
/// Markdown to safe HTML. Editors write Markdown; the sanitiser runs on every render as well as on save,
/// so a rule change protects old content too.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public string ToHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : _sanitizer.Sanitize(Markdown.ToHtml(markdown, _pipeline));

    /// <summary>Headings inside content start at h2, because the page title is the only h1.</summary>
    public string ToHtml(string? markdown, int minHeadingLevel)
    {
        var html = ToHtml(markdown);
        if (minHeadingLevel <= 1)
        {
            return html;
        }

        for (var level = 1; level < minHeadingLevel; level++)
        {
            html = html.Replace($"<h{level}>", $"<h{minHeadingLevel}>", StringComparison.Ordinal)
                .Replace($"</h{level}>", $"</h{minHeadingLevel}>", StringComparison.Ordinal);
        }

        return html;
    }

    public static string PlainText(string? markdown, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var text = Markdown.ToPlainText(markdown).ReplaceLineEndings(" ").Trim();
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxLength - 1);
        return text[..(cut > 0 ? cut : maxLength)] + "…";
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var s = new HtmlSanitizer();
        s.AllowedSchemes.Clear();
        s.AllowedSchemes.Add("https");
        s.AllowedSchemes.Add("http");
        s.AllowedSchemes.Add("mailto");
        s.AllowedSchemes.Add("tel");
        s.AllowedAttributes.Remove("style");
        s.AllowedAttributes.Remove("class");
        s.AllowedTags.Remove("img");
        s.AllowedTags.Remove("form");
        s.AllowedTags.Remove("input");
        s.AllowedTags.Remove("button");
        return s;
    }
}
