using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

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
