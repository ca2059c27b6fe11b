using Microsoft.EntityFrameworkCore;
using SahkoinenPerhekeskus.Core.Catalogue;
using SahkoinenPerhekeskus.Core.Catalogue.Queries;
using SahkoinenPerhekeskus.Core.Feedback;
using SahkoinenPerhekeskus.Core.Structure;
using SahkoinenPerhekeskus.Core.Taxonomy;
using SahkoinenPerhekeskus.Search;

namespace SahkoinenPerhekeskus.Web.Pages.Haku;

/// <summary>A hit with the card to show and the municipalities the service serves (all of them for national services).</summary>
public sealed record HakuHit(SearchHit Hit, ServiceCard Card, IReadOnlyList<string> MunicipalityCodes);

public sealed record HakuResult(
    HakuQuery Query,
    SearchResults Results,
    IReadOnlyList<HakuHit> Items,
    ReferenceSnapshot Structure)
{
    public IReadOnlyList<TaxonomyTerm> Terms => Structure.Terms;

    public IReadOnlyList<Municipality> Municipalities => Structure.Municipalities;

    public int TotalPages => Results.Total == 0 ? 0 : (int)Math.Ceiling(Results.Total / (double)Query.PageSize);

    public TaxonomyTerm? Term(TaxonomyKind kind, string code) => Terms.FirstOrDefault(t => t.Taxonomy == kind && t.Code == code);

    public Municipality? Municipality(string code) => Structure.Municipality(code);
}

/// <summary>Runs a validated search on the index and joins the hits with current catalogue data for the cards.</summary>
public sealed class HakuSearch(IServiceIndex index, PerhekeskusDbContext db, ReferenceData reference, CatalogueQueries queries, ISearchDemandRecorder demand, DemandGate gate)
{
    public async Task<HakuResult> SearchAsync(HakuQuery query, string uiLanguage, SearchClient client, CancellationToken ct)
    {
        var structure = await reference.GetAsync(db, ct);
        var terms = structure.Terms;
        var municipalities = structure.Municipalities;
        var ages = query.Age;
        var results = index.Search(new SearchQuery
        {
            Text = query.Text,
            UiLanguage = uiLanguage,
            MunicipalityCode = query.MunicipalityCode,
            AgeMonthsFrom = ages?.MinMonths,
            AgeMonthsTo = ages?.MaxMonths,
            AgeBands = AgeBands(terms),
            AgeGroups = query.AgeGroups,
            Needs = query.Needs,
            Channels = query.Channels,
            Languages = query.Languages,
            FreeOnly = query.Free,
            NoReferralOnly = query.NoReferral,
            Sort = query.Sort,
            Page = query.Page,
            PageSize = query.PageSize,
        });

        var ids = results.Items.Select(h => h.Id).ToList();
        var services = await CatalogueQueries.WithCardData(queries.Published.Where(s => ids.Contains(s.PublicId))).ToListAsync(ct);
        var byId = services.ToDictionary(s => s.PublicId);
        var items = results.Items.Where(h => byId.ContainsKey(h.Id))
            .Select(h => new HakuHit(h, ServiceCard.From(byId[h.Id]), byId[h.Id].ServedMunicipalityCodes(municipalities)))
            .ToList();
        if (query.Page == 1 && gate.Counts(client))
        {
            // Search demand: day counts only, never the request (ADR 0008). Later pages are the same search;
            // crawlers and bursts are not families (DemandGate).
            await demand.RecordAsync(HakuDemand.From(query, results.Total == 0, terms), ct);
        }

        return new HakuResult(query, results, items, structure);
    }

    /// <summary>The age groups with their months: the index counts and filters them by age, as the age filter does.</summary>
    public static IReadOnlyList<AgeBand> AgeBands(IReadOnlyList<TaxonomyTerm> terms) =>
        [.. terms.Where(t => t.Taxonomy == TaxonomyKind.AgeGroup).Select(t => new AgeBand(t.Code, t.MinMonths, t.MaxMonths))];
}
