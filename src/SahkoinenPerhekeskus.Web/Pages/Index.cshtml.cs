using SahkoinenPerhekeskus.Core.Catalogue.Queries;
using SahkoinenPerhekeskus.Core.Publishing;
using SahkoinenPerhekeskus.Core.Structure;
using SahkoinenPerhekeskus.Core.Taxonomy;

namespace SahkoinenPerhekeskus.Web.Pages;

/// <summary>The front page: search, browse by age and need, municipalities and news.</summary>
public sealed class IndexModel(CatalogueQueries queries) : PageModel
{
    public IReadOnlyList<TaxonomyTerm> AgeGroups { get; private set; } = [];

    public IReadOnlyList<TaxonomyTerm> Needs { get; private set; } = [];

    public IReadOnlyList<Area> Areas { get; private set; } = [];

    public IReadOnlyList<ContentPage> News { get; private set; } = [];

    public ContentPage? Intro { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        AgeGroups = await queries.TermsAsync(TaxonomyKind.AgeGroup, ct);
        Needs = await queries.TermsAsync(TaxonomyKind.Need, ct);
        Areas = await queries.AreasAsync(ct);
        News = await queries.NewsAsync(3, ct);
        Intro = await queries.PageAsync("etusivu", ct);
    }
}
