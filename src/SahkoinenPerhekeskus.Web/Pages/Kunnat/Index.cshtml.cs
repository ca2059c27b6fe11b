using SahkoinenPerhekeskus.Core.Catalogue.Queries;
using SahkoinenPerhekeskus.Core.Structure;

namespace SahkoinenPerhekeskus.Web.Pages.Kunnat;

/// <summary>The municipalities of the region, grouped by family-centre area.</summary>
public sealed class IndexModel(CatalogueQueries queries) : PageModel
{
    public IReadOnlyList<Area> Areas { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Areas = await queries.AreasAsync(ct);
}
