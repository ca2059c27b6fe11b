using SahkoinenPerhekeskus.Core.Catalogue.Queries;
using SahkoinenPerhekeskus.Core.Publishing;

namespace SahkoinenPerhekeskus.Web.Pages.Uutiset;

/// <summary>The news list, newest first; the same items as the Atom feed.</summary>
public sealed class IndexModel(CatalogueQueries queries) : PageModel
{
    /// <summary>More than the region publishes in years; older items stay reachable through their own URLs.</summary>
    public const int MaxItems = 100;

    public IReadOnlyList<ContentPage> News { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => News = await queries.NewsAsync(MaxItems, ct);
}
