using Microsoft.Extensions.Options;
using SahkoinenPerhekeskus.Core.Taxonomy;

namespace SahkoinenPerhekeskus.Core.Feedback.Indicators;

/// <summary>A count of searches with how many of them found nothing.</summary>
public sealed record DemandRow(string Key, LocalizedText Label, int Searches, int ZeroResults)
{
    public double? ZeroShare => Searches == 0 ? null : (double)ZeroResults / Searches;
}

public sealed record DemandReport(
    DemandRow Total,
    IReadOnlyList<DemandRow> TopSearches,
    IReadOnlyList<DemandRow> TopZeroResults,
    IReadOnlyList<DemandRow> ByAgeGroup,
    IReadOnlyList<DemandRow> ByNeed,
    IReadOnlyList<DemandRow> ByMunicipality);

/// <summary>
/// What families searched for in a period. Search texts appear only when they have been seen on at least k different
/// days (<see cref="FeedbackOptions.TermThresholdDays"/>, counted over everything kept, not only the period). Outside
/// the region scope only searches filtered to a municipality of the scope count.
/// </summary>
public sealed class DemandIndicator(PerhekeskusDbContext db, IOptions<FeedbackOptions> options)
{
    public const int TopCount = 20;

    /// <summary>Key of the row for searches without a municipality filter.</summary>
    public const string NoMunicipalityKey = "";

    public async Task<DemandReport> BuildAsync(IndicatorScope scope, IndicatorPeriod period, CancellationToken ct)
    {
        var municipalities = await scope.MunicipalitiesAsync(db, ct);
        var codes = scope.IsRegion ? null : municipalities.Select(m => m.Code).ToList();

        var days = await InScope(db.Set<SearchDayCount>(), codes).Where(c => c.Day >= period.From && c.Day <= period.To).ToListAsync(ct);
        var filters = await InScope(db.Set<SearchFilterDayCount>(), codes).Where(c => c.Day >= period.From && c.Day <= period.To).ToListAsync(ct);
        var terms = await InScope(db.Set<SearchTermDayCount>(), codes).Where(c => c.Day >= period.From && c.Day <= period.To).ToListAsync(ct);
        var shown = await ShownTermsAsync(terms.Select(t => t.TermHash).Distinct().ToList(), ct);

        var termRows = terms.Where(t => shown.ContainsKey(t.TermHash)).GroupBy(t => t.TermHash)
            .Select(g => new DemandRow(g.Key, new LocalizedText(shown[g.Key]), g.Sum(t => t.Searches), g.Sum(t => t.ZeroResults)))
            .ToList();
        var labels = await db.TaxonomyTerms.AsNoTracking().ToListAsync(ct);
        var names = municipalities.ToDictionary(m => m.Code, m => m.Name);

        return new DemandReport(
            new DemandRow("", new LocalizedText(""), days.Sum(d => d.Searches), days.Sum(d => d.ZeroResults)),
            [.. termRows.OrderByDescending(r => r.Searches).ThenBy(r => r.Label.Fi, StringComparer.Ordinal).Take(TopCount)],
            [.. termRows.Where(r => r.ZeroResults > 0).OrderByDescending(r => r.ZeroResults).ThenBy(r => r.Label.Fi, StringComparer.Ordinal).Take(TopCount)],
            ByFilter(filters, SearchFilterKinds.AgeGroup, labels.Where(t => t.Taxonomy == TaxonomyKind.AgeGroup)),
            ByFilter(filters, SearchFilterKinds.Need, labels.Where(t => t.Taxonomy == TaxonomyKind.Need)),
            [.. days.GroupBy(d => d.MunicipalityCode)
                .Select(g => new DemandRow(g.Key, names.TryGetValue(g.Key, out var n) ? n : new LocalizedText(g.Key), g.Sum(d => d.Searches), g.Sum(d => d.ZeroResults)))
                .OrderByDescending(r => r.Searches).ThenBy(r => r.Key, StringComparer.Ordinal)]);
    }

    /// <summary>The texts of these hashes that are revealed and still seen on at least k different days.</summary>
    private async Task<Dictionary<string, string>> ShownTermsAsync(List<string> hashes, CancellationToken ct)
    {
        var k = options.Value.TermThresholdDays;
        var revealed = await db.Set<SearchTerm>().AsNoTracking().Where(t => hashes.Contains(t.TermHash)).ToListAsync(ct);
        var revealedHashes = revealed.Select(t => t.TermHash).ToList();
        var dayCounts = await db.Set<SearchTermDayCount>().AsNoTracking().Where(c => revealedHashes.Contains(c.TermHash))
            .GroupBy(c => c.TermHash).Select(g => new { Hash = g.Key, Days = g.Select(c => c.Day).Distinct().Count() })
            .ToDictionaryAsync(x => x.Hash, x => x.Days, ct);
        return revealed.Where(t => dayCounts.GetValueOrDefault(t.TermHash) >= k).ToDictionary(t => t.TermHash, t => t.Text, StringComparer.Ordinal);
    }

    private static List<DemandRow> ByFilter(List<SearchFilterDayCount> filters, string kind, IEnumerable<TaxonomyTerm> terms)
    {
        var ordered = terms.OrderBy(t => t.SortOrder).ToList();
        var counts = filters.Where(f => f.Filter == kind).GroupBy(f => f.Code)
            .ToDictionary(g => g.Key, g => (Searches: g.Sum(f => f.Searches), Zero: g.Sum(f => f.ZeroResults)), StringComparer.Ordinal);
        return [.. ordered.Select(t => new DemandRow(t.Code, t.Name, counts.GetValueOrDefault(t.Code).Searches, counts.GetValueOrDefault(t.Code).Zero))];
    }

    private static IQueryable<T> InScope<T>(IQueryable<T> rows, List<string>? codes) where T : class
    {
        rows = rows.AsNoTracking();
        return codes is null ? rows : rows.Where(r => codes.Contains(EF.Property<string>(r, "MunicipalityCode")));
    }
}
