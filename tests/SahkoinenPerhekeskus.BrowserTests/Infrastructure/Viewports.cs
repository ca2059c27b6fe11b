namespace SahkoinenPerhekeskus.BrowserTests.Infrastructure;

/// <summary>The viewports every page is checked at: a desktop and the 320 px reflow width (WCAG 1.4.10).</summary>
public static class Viewports
{
    /// <summary>The name of the 1280×800 desktop viewport.</summary>
    public const string Desktop = "desktop";

    /// <summary>The name of the 320×640 narrow viewport, where content must reflow without horizontal scrolling.</summary>
    public const string Narrow = "narrow";

    /// <summary>Both viewport names, for <c>[MemberData(nameof(Viewports.All), MemberType = typeof(Viewports))]</c>.</summary>
    public static TheoryData<string> All => new() { Desktop, Narrow };

    /// <summary>The size for a viewport name.</summary>
    public static ViewportSize Get(string name) => name switch
    {
        Desktop => new ViewportSize { Width = 1280, Height = 800 },
        Narrow => new ViewportSize { Width = 320, Height = 640 },
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown viewport."),
    };
}
