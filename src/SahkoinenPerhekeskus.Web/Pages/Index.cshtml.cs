using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SahkoinenPerhekeskus.Web.Pages;

/// <summary>The front page. The browse lists are empty until the age groups and needs come from the taxonomy.</summary>
public sealed class IndexModel : PageModel
{
    /// <summary>Links to search results per age group, e.g. ("Vauva 0–1 v", "/haku?ika=vauva").</summary>
    public IReadOnlyList<BrowseLink> AgeGroups { get; private set; } = [];

    /// <summary>Links to search results per need.</summary>
    public IReadOnlyList<BrowseLink> Needs { get; private set; } = [];

    public void OnGet()
    {
    }
}

/// <summary>A link in a browse list; <paramref name="Path"/> is an app path without language prefix.</summary>
public sealed record BrowseLink(string Label, string Path);
