using Microsoft.AspNetCore.Mvc.RazorPages;
using SahkoinenPerhekeskus.Core.Feedback.Indicators;

namespace SahkoinenPerhekeskus.Web.Pages.Hallinta.Indikaattorit;

/// <summary>The dashboard's front page: whose figures, and the indicators.</summary>
public sealed class IndexModel : PageModel
{
    public IndicatorScope Scope { get; private set; } = IndicatorScope.Region;

    public void OnGet()
    {
        Response.Headers.CacheControl = "no-store";
        Scope = IndicatorAccess.DashboardScope(User) ?? IndicatorScope.Region;
    }
}
