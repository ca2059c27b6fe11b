using SahkoinenPerhekeskus.Core.Catalogue.Queries;
using SahkoinenPerhekeskus.Core.Structure;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Rakenne;

public sealed class KunnatModel(CatalogueQueries queries) : PageModel
{
    public IReadOnlyList<Area> Areas { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Areas = await queries.AreasAsync(ct);
}
