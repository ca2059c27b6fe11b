using SahkoinenPerhekeskus.Core.Catalogue;
using SahkoinenPerhekeskus.Core.Catalogue.Queries;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Rakenne;

public sealed class PalvelutyypitModel(CatalogueQueries queries) : PageModel
{
    public IReadOnlyList<ServiceType> Types { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Types = await queries.ServiceTypesAsync(ct);
}
