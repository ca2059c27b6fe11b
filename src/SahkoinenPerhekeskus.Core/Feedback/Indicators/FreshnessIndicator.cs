namespace SahkoinenPerhekeskus.Core.Feedback.Indicators;

/// <summary>Published entries and how many of them are past their review-by date.</summary>
public sealed record FreshnessRow(string Key, LocalizedText Name, int Entries, int PastReview)
{
    public double? Share => Entries == 0 ? null : (double)PastReview / Entries;
}

public sealed record FreshnessReport(DateOnly Today, IReadOnlyList<FreshnessRow> ByMunicipality, IReadOnlyList<FreshnessRow> ByOrganisation);

/// <summary>
/// How fresh the tray is. A municipality's entries are the published local and area entries that serve it
/// (<see cref="ServiceReach"/>); region-wide and national entries belong to no municipality and are counted under
/// their organisation only. An entry is past review when its review-by date is before today (Finnish time).
/// </summary>
public sealed class FreshnessIndicator(PerhekeskusDbContext db, TimeProvider time)
{
    public async Task<FreshnessReport> BuildAsync(IndicatorScope scope, CancellationToken ct)
    {
        var today = FinnishDay.Today(time);
        var municipalities = await scope.MunicipalitiesAsync(db, ct);
        var services = await db.Services.AsNoTracking()
            .Where(s => s.Status == PublicationStatus.Published)
            .Include(s => s.Municipalities).Include(s => s.Areas).Include(s => s.Organisation)
            .AsSplitQuery().ToListAsync(ct);

        bool Past(Service s) => s.ReviewBy is { } due && due < today;

        var byMunicipality = municipalities.Select(m =>
        {
            var own = services.Where(s => s.Coverage is ServiceCoverage.Local or ServiceCoverage.Areas && s.Serves(m)).ToList();
            return new FreshnessRow(m.Code, m.Name, own.Count, own.Count(Past));
        }).ToList();

        // An area leader sees the organisations with at least one entry in the area, counted over those entries.
        var inScope = scope.IsRegion
            ? services
            : [.. services.Where(s => s.Coverage is ServiceCoverage.Local or ServiceCoverage.Areas && municipalities.Any(s.Serves))];
        var byOrganisation = inScope.GroupBy(s => s.OrganisationId)
            .Select(g => new FreshnessRow(g.First().Organisation!.Code, g.First().Organisation!.Name, g.Count(), g.Count(Past)))
            .OrderBy(r => r.Name.Fi, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fi-FI"), false))
            .ToList();
        return new FreshnessReport(today, byMunicipality, byOrganisation);
    }
}
