namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Indikaattorit;

/// <summary>The dashboard's pages in the order of its navigation: path and the resource key of the title.</summary>
public static class IndicatorNavigation
{
    public const string Root = "/hallinta/indikaattorit";

    public static IReadOnlyList<(string Path, string TitleKey)> Pages { get; } =
    [
        (Root, "Indicators.Dashboard.Nav"),
        (Root + "/kattavuus", "Indicators.Coverage.Title"),
        (Root + "/ajantasaisuus", "Indicators.Freshness.Title"),
        (Root + "/palaute", "Indicators.Feedback.Title"),
        (Root + "/kysynta", "Indicators.Demand.Title"),
        (Root + "/haut", "Indicators.ZeroResults.Title"),
    ];
}
