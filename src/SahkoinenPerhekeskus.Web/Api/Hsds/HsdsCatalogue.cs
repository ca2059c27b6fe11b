using Microsoft.EntityFrameworkCore;
using SahkoinenPerhekeskus.Core.Catalogue;
using SahkoinenPerhekeskus.Core.Hsds;
using SahkoinenPerhekeskus.Core.Hsds.Export;
using SahkoinenPerhekeskus.Core.Taxonomy;
using SahkoinenPerhekeskus.Search;

namespace SahkoinenPerhekeskus.Web.Api.Hsds;

/// <summary>
/// Finds published catalogue rows by HSDS id and filter. Rows born here have derived ids (HsdsIds), so a lookup
/// first tries the stored id and then derives the ids of the few rows whose own id is not a UUID.
/// </summary>
public sealed class HsdsCatalogue(PerhekeskusDbContext db, IServiceIndex index)
{
    /// <summary>At most this many search hits are combined with other filters; the order is the search's rank.</summary>
    public const int MaxSearchHits = 1000;

    private const int SearchPageSize = 100;

    public IQueryable<Service> Published => db.Services.AsNoTracking().Where(s => s.Status == PublicationStatus.Published);

    public async Task<Service?> ServiceAsync(string id, CancellationToken ct)
    {
        var upper = id.ToUpperInvariant();
        var publicId = await Published.Where(s => s.PublicId == id || s.PublicId == upper).Select(s => s.PublicId).FirstOrDefaultAsync(ct);
        if (publicId is null && HsdsIds.IsUuid(id))
        {
            var candidates = await Published.Where(s => s.PublicId.Length != 36 || s.PublicId.Substring(8, 1) != "-" || s.PublicId.Substring(13, 1) != "-" || s.PublicId.Substring(23, 1) != "-")
                .Select(s => s.PublicId).ToListAsync(ct);
            publicId = candidates.FirstOrDefault(p => string.Equals(HsdsIds.For("service", p), id, StringComparison.OrdinalIgnoreCase));
        }

        return publicId is null ? null : await HsdsExporter.WithHsdsData(Published.Where(s => s.PublicId == publicId)).FirstOrDefaultAsync(ct);
    }

    public async Task<Organisation?> OrganisationAsync(string id, CancellationToken ct)
    {
        var withServices = PublishedOrganisations();
        var found = await withServices.FirstOrDefaultAsync(o => o.Code == id, ct);
        if (found is null && HsdsIds.IsUuid(id))
        {
            var candidates = await withServices.Where(o => o.Code.Length != 36 || o.Code.Substring(8, 1) != "-" || o.Code.Substring(13, 1) != "-" || o.Code.Substring(23, 1) != "-").ToListAsync(ct);
            found = candidates.FirstOrDefault(o => string.Equals(HsdsExportMapper.OrganisationId(o), id, StringComparison.OrdinalIgnoreCase));
        }

        return found;
    }

    /// <summary>Organisations that offer at least one published service: the API shows nothing unpublished.</summary>
    public IQueryable<Organisation> PublishedOrganisations()
    {
        var ids = Published.Select(s => s.OrganisationId);
        return db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id));
    }

    /// <summary>Every term the API publishes: needs and age groups, service types, and the profile's own terms.</summary>
    public async Task<List<HsdsOutTaxonomyTerm>> TermsAsync(CancellationToken ct)
    {
        var terms = await db.TaxonomyTerms.AsNoTracking().OrderBy(t => t.Taxonomy).ThenBy(t => t.SortOrder).ThenBy(t => t.Code).ToListAsync(ct);
        var types = await db.ServiceTypes.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Code).ToListAsync(ct);
        return [.. terms.Select(HsdsExportMapper.Term), .. types.Select(HsdsExportMapper.ServiceTypeTerm), .. HsdsProfile.ProfileTerms.Keys.Select(HsdsExportMapper.ProfileTerm)];
    }

    /// <summary>Published services narrowed by the HSDS filters (not by search), or null when a filter matches nothing.</summary>
    public async Task<IQueryable<Service>?> FilterAsync(HsdsParameters p, CancellationToken ct)
    {
        var q = Published;
        if (p.ModifiedAfter is { } after)
        {
            q = q.Where(s => s.UpdatedAt >= after);
        }

        if (p.OrganizationId is { } orgId)
        {
            if (await OrganisationAsync(orgId, ct) is not { } organisation)
            {
                return null;
            }

            q = q.Where(s => s.OrganisationId == organisation.Id);
        }

        if (p.TaxonomyId is { } taxonomyId)
        {
            var taxonomy = HsdsProfile.Taxonomies.FirstOrDefault(t => string.Equals(t.Id, taxonomyId, StringComparison.OrdinalIgnoreCase) || t.Name == taxonomyId);
            q = taxonomy?.Name switch
            {
                HsdsProfile.NeedTaxonomy => q.Where(s => s.Needs.Any()),
                HsdsProfile.AgeGroupTaxonomy => q.Where(s => s.AgeGroups.Any()),
                HsdsProfile.ServiceTypeTaxonomy => q.Where(s => s.ServiceTypeId != null),
                HsdsProfile.ProfileTaxonomy => q,
                _ => null,
            };
            if (q is null)
            {
                return null;
            }
        }

        if (p.TaxonomyTermId is { } termId)
        {
            q = await TermFilterAsync(q, termId.ToLowerInvariant(), ct);
        }

        return q;
    }

    /// <summary>
    /// The search engine's hits (public ids, best first) for the text, at most <see cref="MaxSearchHits"/>.
    /// </summary>
    public List<string> Search(string text, string lang)
    {
        var ids = new List<string>();
        for (var page = 1; ids.Count < MaxSearchHits; page++)
        {
            var results = index.Search(new SearchQuery { Text = text, UiLanguage = lang, Page = page, PageSize = SearchPageSize });
            ids.AddRange(results.Items.Select(h => h.Id));
            if (results.Items.Count < SearchPageSize || ids.Count >= results.Total)
            {
                break;
            }
        }

        return ids;
    }

    private async Task<IQueryable<Service>?> TermFilterAsync(IQueryable<Service> q, string termId, CancellationToken ct)
    {
        var terms = await db.TaxonomyTerms.AsNoTracking().ToListAsync(ct);
        if (terms.FirstOrDefault(t => HsdsProfile.TermId(t) == termId) is { } term)
        {
            return term.Taxonomy == TaxonomyKind.Need
                ? q.Where(s => s.Needs.Any(n => n.Id == term.Id))
                : q.Where(s => s.AgeGroups.Any(a => a.Id == term.Id));
        }

        var types = await db.ServiceTypes.AsNoTracking().Select(t => new { t.Id, t.Code }).ToListAsync(ct);
        if (types.FirstOrDefault(t => HsdsProfile.ServiceTypeTermId(t.Code) == termId) is { } type)
        {
            return q.Where(s => s.ServiceTypeId == type.Id);
        }

        // Every published service carries the profile's flag attributes, so they do not narrow anything.
        return HsdsProfile.ProfileTerms.Keys.Any(c => HsdsProfile.ProfileTermId(c) == termId) ? q : null;
    }
}
