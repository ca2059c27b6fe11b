namespace SahkoinenPerhekeskus.Web.Pages.Shared;

/// <summary>An item of the primary navigation.</summary>
/// <param name="Path">The app path the item links to, without language prefix.</param>
/// <param name="ResourceKey">The key of its text in the shared resources.</param>
/// <param name="Sections">Paths under which the item is the current one.</param>
public sealed record NavigationItem(string Path, string ResourceKey, params string[] Sections)
{
    /// <summary>Whether a page path (without language prefix) belongs to this item.</summary>
    public bool IsCurrent(string pagePath) => Sections.Any(section => section == "/"
        ? pagePath == "/"
        : pagePath.Equals(section, StringComparison.OrdinalIgnoreCase)
            || pagePath.StartsWith(section + "/", StringComparison.OrdinalIgnoreCase));
}

/// <summary>The primary navigation in the header.</summary>
public static class Navigation
{
    public static IReadOnlyList<NavigationItem> Primary { get; } =
    [
        new("/", "Nav.Home", "/"),
        new("/haku", "Nav.Services", "/haku", "/palvelut"),
        new("/kunnat", "Nav.Municipalities", "/kunnat", "/alueet"),
        new("/uutiset", "Nav.News", "/uutiset"),
        new("/sivut/tietoa-perhekeskuksesta", "Nav.About", "/sivut/tietoa-perhekeskuksesta"),
    ];
}
