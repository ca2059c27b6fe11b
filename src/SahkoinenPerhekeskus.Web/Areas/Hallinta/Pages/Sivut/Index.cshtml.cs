using SahkoinenPerhekeskus.Core.Publishing;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Sivut;

/// <summary>Pages and news: admins see all; municipality editors their municipalities' news.</summary>
public sealed class IndexModel(HallintaText text, PageEditor pages) : HallintaPageModel(text)
{
    public IReadOnlyList<ContentPage> Pages { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var all = await pages.ListAsync(ct);
        Pages = [.. all.Where(p => EditorialPolicy.Covers(Scope, ScopeTarget.For(p, p.Municipality)))];
    }
}
