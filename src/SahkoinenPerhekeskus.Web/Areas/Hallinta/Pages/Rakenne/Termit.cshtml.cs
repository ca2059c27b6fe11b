using SahkoinenPerhekeskus.Core.Catalogue.Queries;
using SahkoinenPerhekeskus.Core.Taxonomy;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Rakenne;

public sealed class TermitModel(CatalogueQueries queries) : PageModel
{
    public IReadOnlyList<(TaxonomyKind Kind, IReadOnlyList<TaxonomyTerm> Terms)> Groups { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Groups =
    [
        (TaxonomyKind.Need, await queries.TermsAsync(TaxonomyKind.Need, ct)),
        (TaxonomyKind.AgeGroup, await queries.TermsAsync(TaxonomyKind.AgeGroup, ct)),
    ];
}
