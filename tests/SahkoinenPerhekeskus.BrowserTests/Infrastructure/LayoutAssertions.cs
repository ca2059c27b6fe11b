using System.Text.Json;

namespace SahkoinenPerhekeskus.BrowserTests.Infrastructure;

/// <summary>Layout checks that axe does not make.</summary>
public static class LayoutAssertions
{
    private const string MeasureScript = """
        () => {
          const width = window.innerWidth;
          const describe = e => e.tagName.toLowerCase()
            + (e.id ? '#' + e.id : '')
            + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : '');
          const offenders = [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > width + 0.5)
            .slice(0, 10)
            .map(e => describe(e) + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ' px)');
          return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, offenders };
        }
        """;

    /// <summary>The WCAG 1.4.12 text-spacing override, as the bookmarklets testers use apply it.</summary>
    public const string TextSpacingCss = """
        * { line-height: 1.5 !important; letter-spacing: .12em !important; word-spacing: .16em !important; }
        p { margin-bottom: 2em !important; }
        """;

    private const string ClippedTextScript = """
        () => {
          const describe = e => e.tagName.toLowerCase()
            + (e.id ? '#' + e.id : '')
            + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : '');
          const clips = v => v === 'hidden' || v === 'clip';
          return [...document.querySelectorAll('body *')]
            .filter(e => {
              const s = getComputedStyle(e);
              if (!clips(s.overflowX) && !clips(s.overflowY)) return false;
              // Visually hidden text (1 px boxes for screen readers) is clipped on purpose.
              if (e.clientWidth <= 1 || e.clientHeight <= 1 || s.display === 'none' || s.visibility === 'hidden') return false;
              if (!e.innerText || !e.innerText.trim()) return false;
              return (clips(s.overflowY) && e.scrollHeight > e.clientHeight + 1) || (clips(s.overflowX) && e.scrollWidth > e.clientWidth + 1);
            })
            .slice(0, 10)
            .map(e => describe(e) + ' (scroll ' + e.scrollWidth + '×' + e.scrollHeight + ' > client ' + e.clientWidth + '×' + e.clientHeight + ')');
        }
        """;

    /// <summary>
    /// Applies <see cref="TextSpacingCss"/> (the context needs <c>BypassCSP</c>, since the site's CSP rightly refuses
    /// injected styles) and fails if any text is clipped by an element with hidden overflow, or the page scrolls sideways.
    /// </summary>
    public static async Task AssertTextSpacingDoesNotClipAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.AddStyleTagAsync(new PageAddStyleTagOptions { Content = TextSpacingCss });
        var letterSpacing = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('h1')).letterSpacing");
        Assert.True(letterSpacing != "normal" && letterSpacing != "0px", $"The text-spacing stylesheet was not applied on {page.Url} (letter-spacing {letterSpacing}).");

        var clipped = await page.EvaluateAsync<string[]>(ClippedTextScript);
        Assert.True(clipped.Length == 0, $"Text is clipped with the 1.4.12 text spacing on {page.Url}:\n  - {string.Join("\n  - ", clipped)}");
        await AssertNoHorizontalScrollAsync(page);
    }

    /// <summary>
    /// Fails when the page scrolls sideways: <c>document.documentElement.scrollWidth &gt; window.innerWidth</c>.
    /// The message names the first elements that stick out.
    /// </summary>
    public static async Task AssertNoHorizontalScrollAsync(IPage page)
    {
        var metrics = await page.EvaluateAsync<JsonElement>(MeasureScript);
        var scrollWidth = metrics.GetProperty("scrollWidth").GetInt32();
        var innerWidth = metrics.GetProperty("innerWidth").GetInt32();
        if (scrollWidth <= innerWidth)
        {
            return;
        }

        var offenders = metrics.GetProperty("offenders").EnumerateArray().Select(e => "  - " + e.GetString());
        Assert.Fail(string.Create(
            CultureInfo.InvariantCulture,
            $"{page.Url} scrolls horizontally: scrollWidth {scrollWidth} px > innerWidth {innerWidth} px. Elements past the edge:\n{string.Join('\n', offenders)}"));
    }
}
