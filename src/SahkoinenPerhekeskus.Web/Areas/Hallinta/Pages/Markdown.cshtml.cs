using SahkoinenPerhekeskus.Core.Publishing;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages;

/// <summary>Live preview of Markdown for hallinta.js: the same renderer and sanitiser as the public pages.</summary>
public sealed class MarkdownModel(MarkdownRenderer renderer) : PageModel
{
    public const int MaxLength = 20_000;

    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost([FromForm] string? text) =>
        text is { Length: > MaxLength } ? BadRequest() : Content(renderer.ToHtml(text, 2), "text/html; charset=utf-8");
}
