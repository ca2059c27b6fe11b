using System.Text.Json;

namespace SahkoinenPerhekeskus.BrowserTests.Infrastructure;

/// <summary>Keyboard helpers: Tab to an element, checking at every step that focus is visible (WCAG 2.4.7, 2.4.11).</summary>
public static class FocusAssertions
{
    private const string DescribeFocusScript = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body || e === document.documentElement) {
            return { tag: 'body', id: '', text: '', href: '', outline: 'none', outlineWidth: 0, boxShadow: 'none', top: 0, bottom: 0, left: 0, right: 0, innerHeight: innerHeight, innerWidth: innerWidth };
          }
          const style = getComputedStyle(e);
          const rect = e.getBoundingClientRect();
          return {
            tag: e.tagName.toLowerCase(), id: e.id || '', text: (e.innerText || e.value || '').trim().slice(0, 80),
            href: e.getAttribute('href') || '', outline: style.outlineStyle, outlineWidth: parseFloat(style.outlineWidth) || 0,
            boxShadow: style.boxShadow, top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right,
            innerHeight: innerHeight, innerWidth: innerWidth
          };
        }
        """;

    /// <summary>What has focus now.</summary>
    public sealed record FocusedElement(string Tag, string Id, string Text, string Href);

    /// <summary>
    /// Fails unless the focused element is not the body, lies within the viewport (not scrolled away or covered by a
    /// sticky header, as there is none) and shows a focus indicator: an outline wider than zero or a box shadow.
    /// </summary>
    public static async Task<FocusedElement> AssertFocusVisibleAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var f = await page.EvaluateAsync<JsonElement>(DescribeFocusScript);
        // With scroll-behavior: smooth the browser scrolls the focused element into view over a few frames.
        for (var wait = 0; wait < 60 && !InViewport(f); wait++)
        {
            await page.WaitForTimeoutAsync(50);
            f = await page.EvaluateAsync<JsonElement>(DescribeFocusScript);
        }

        var tag = f.GetProperty("tag").GetString()!;
        var id = f.GetProperty("id").GetString()!;
        var text = f.GetProperty("text").GetString()!;
        var href = f.GetProperty("href").GetString()!;
        var what = $"<{tag}{(id.Length > 0 ? " id=" + id : "")}> \"{text}\" on {page.Url}";
        Assert.True(tag != "body", $"Focus was lost to the body on {page.Url}.");

        var outline = f.GetProperty("outline").GetString();
        var outlineWidth = f.GetProperty("outlineWidth").GetDouble();
        var boxShadow = f.GetProperty("boxShadow").GetString();
        Assert.True(
            (outline != "none" && outlineWidth > 0) || (boxShadow is { Length: > 0 } && boxShadow != "none"),
            $"Focus indicator missing on {what}: outline {outline} {outlineWidth}px, box-shadow {boxShadow}.");

        Assert.True(InViewport(f), $"Focused element is outside the viewport: {what} (top {f.GetProperty("top").GetDouble()}, bottom {f.GetProperty("bottom").GetDouble()}).");
        return new FocusedElement(tag, id, text, href);
    }

    private static bool InViewport(JsonElement f) =>
        f.GetProperty("bottom").GetDouble() > 0 && f.GetProperty("top").GetDouble() < f.GetProperty("innerHeight").GetDouble();

    /// <summary>Presses Tab until <paramref name="isTarget"/> holds, asserting visible focus at every stop.</summary>
    public static async Task<FocusedElement> TabUntilAsync(IPage page, Func<FocusedElement, bool> isTarget, string description, int maxTabs = 80)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(isTarget);
        for (var i = 0; i < maxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await AssertFocusVisibleAsync(page);
            if (isTarget(focused))
            {
                return focused;
            }
        }

        Assert.Fail($"{description} was not reached in {maxTabs} presses of Tab on {page.Url}.");
        return null!;
    }
}
