namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Rakenne;

/// <summary>The regional structure's table of contents; the folder convention lets regional admins only in.</summary>
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
