namespace SahkoinenPerhekeskus.Web.Pages.Hallinta.Indikaattorit;

/// <summary>The dashboard's pages in the order of its navigation: path and the resource key of the title.</summary>
public static class IndicatorNavigation
{
    public const string Root = "/hallinta/indikaattorit";

    public static IReadOnlyList<(string Path, string TitleKey)> Pages { get; } =
    [
        (Root, "Dashboard.Nav"),
        (Root + "/kattavuus", "Coverage.Title"),
        (Root + "/ajantasaisuus", "Freshness.Title"),
        (Root + "/palaute", "Feedback.Title"),
        (Root + "/kysynta", "Demand.Title"),
        (Root + "/haut", "ZeroResults.Title"),
    ];
}
