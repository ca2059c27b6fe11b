using System.Globalization;

namespace SahkoinenPerhekeskus.Core.Feedback.Indicators;

/// <summary>A free text as the dashboard lists it: the day, what it was about, the answer and the scrubbed text.</summary>
public sealed record FeedbackText(DateOnly Day, FeedbackTargetKind Kind, string TargetId, LocalizedText Target, bool Helpful, string Text);

public sealed record FeedbackReport(
    HelpfulShare Total,
    IReadOnlyList<HelpfulShare> ByServiceType,
    IReadOnlyList<HelpfulShare> ByMunicipality,
    IReadOnlyList<HelpfulShare> ByArea,
    IReadOnlyList<HelpfulShare> ByMonth,
    IReadOnlyList<FeedbackText> LatestTexts);

/// <summary>
/// The helpful share of "was this helpful?" answers in a period. An answer counts for a municipality only when its
/// service serves exactly that one municipality, and for an area when all its municipalities are in that area
/// (region-wide services and pages count in the totals and per service type). An area leader sees the answers
/// about services of the area only.
/// </summary>
public sealed class FeedbackIndicator(PerhekeskusDbContext db)
{
    /// <summary>Key of the row for answers on content pages.</summary>
    public const string PagesKey = "_sivut";

    /// <summary>Key of the row for services without a service type.</summary>
    public const string UntypedKey = "_muu";

    public const int LatestTextCount = 20;

    public async Task<FeedbackReport> BuildAsync(IndicatorScope scope, IndicatorPeriod period, CancellationToken ct)
    {
        var query = db.Set<FeedbackEntry>().AsNoTracking().Where(f => f.Day >= period.From && f.Day <= period.To);
        if (scope.AreaCode is { } area)
        {
            query = query.Where(f => f.AreaCode == area);
        }

        if (scope.MunicipalityCodes is { } codes)
        {
            var list = codes.ToList();
            query = query.Where(f => f.MunicipalityCode != null && list.Contains(f.MunicipalityCode));
        }

        var entries = await query.ToListAsync(ct);
        var types = await db.ServiceTypes.AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.Name, ct);
        var municipalities = await db.Municipalities.AsNoTracking().ToDictionaryAsync(m => m.Code, m => m.Name, ct);
        var areas = await db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Code, a => a.Name, ct);

        var byType = Tally(entries, e => e.TargetKind == FeedbackTargetKind.Page ? PagesKey : e.ServiceTypeCode ?? UntypedKey, types);
        var byMunicipality = Tally(entries.Where(e => e.MunicipalityCode is not null), e => e.MunicipalityCode!, municipalities);
        var byArea = Tally(entries.Where(e => e.AreaCode is not null), e => e.AreaCode!, areas);
        var byMonth = Tally(entries, e => e.Day.ToString("yyyy-MM", CultureInfo.InvariantCulture), new Dictionary<string, LocalizedText>())
            .OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        var total = new HelpfulShare("", new LocalizedText(""), entries.Count(e => e.Helpful), entries.Count(e => !e.Helpful));
        return new FeedbackReport(total, byType, byMunicipality, byArea, byMonth, await LatestTextsAsync(entries, ct));
    }

    private static List<HelpfulShare> Tally(IEnumerable<FeedbackEntry> entries, Func<FeedbackEntry, string> key, Dictionary<string, LocalizedText> names) =>
        [.. entries.GroupBy(key)
            .Select(g => new HelpfulShare(g.Key, names.TryGetValue(g.Key, out var name) ? name : new LocalizedText(g.Key), g.Count(e => e.Helpful), g.Count(e => !e.Helpful)))
            .OrderByDescending(r => r.Total).ThenBy(r => r.Key, StringComparer.Ordinal)];

    private async Task<List<FeedbackText>> LatestTextsAsync(List<FeedbackEntry> entries, CancellationToken ct)
    {
        var latest = entries.Where(e => e.Text is not null).OrderByDescending(e => e.Day).ThenByDescending(e => e.Id).Take(LatestTextCount).ToList();
        var serviceIds = latest.Where(e => e.TargetKind == FeedbackTargetKind.Service).Select(e => e.TargetId).Distinct().ToList();
        var pageSlugs = latest.Where(e => e.TargetKind == FeedbackTargetKind.Page).Select(e => e.TargetId).Distinct().ToList();
        var services = await db.Services.AsNoTracking().Where(s => serviceIds.Contains(s.PublicId)).ToDictionaryAsync(s => s.PublicId, s => s.Name, ct);
        var pages = await db.Pages.AsNoTracking().Where(p => pageSlugs.Contains(p.Slug)).ToDictionaryAsync(p => p.Slug, p => p.Title, ct);
        return [.. latest.Select(e =>
        {
            var names = e.TargetKind == FeedbackTargetKind.Service ? services : pages;
            return new FeedbackText(e.Day, e.TargetKind, e.TargetId, names.TryGetValue(e.TargetId, out var n) ? n : new LocalizedText(e.TargetId), e.Helpful, e.Text!);
        })];
    }
}
