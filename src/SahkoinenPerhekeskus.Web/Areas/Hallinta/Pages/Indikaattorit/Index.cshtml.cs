using SahkoinenPerhekeskus.Core.Feedback.Indicators;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Indikaattorit;

/// <summary>The dashboard's front page: whose figures, and the indicators.</summary>
public sealed class IndexModel(HallintaText text) : HallintaPageModel(text)
{
    public IndicatorScope Figures { get; private set; } = IndicatorScope.Region;

    public void OnGet()
    {
        Response.Headers.CacheControl = "no-store";
        Figures = IndicatorAccess.DashboardScope(User) ?? IndicatorScope.Region;
    }
}
