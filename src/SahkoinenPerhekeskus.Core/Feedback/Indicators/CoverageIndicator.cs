using SahkoinenPerhekeskus.Core.Catalogue.Queries;
using SahkoinenPerhekeskus.Core.Common;
using SahkoinenPerhekeskus.Core.Data;

namespace SahkoinenPerhekeskus.Core.Feedback.Indicators;

/// <summary>One municipality: how many of the core service types a family living there finds, and how.</summary>
public sealed record CoverageRow(string Code, LocalizedText Name, int CoreTypes, int Local, int Shared)
{
    public int Present => Local + Shared;

    public int Missing => CoreTypes - Present;

    public double? Share => CoreTypes == 0 ? null : (double)Present / CoreTypes;
}

/// <summary>A core service type no entry serves in a municipality (the municipality page offers entries elsewhere).</summary>
public sealed record CoverageGap(string MunicipalityCode, LocalizedText Municipality, string TypeCode, LocalizedText Type);

public sealed record CoverageReport(IReadOnlyList<CoverageRow> Rows, IReadOnlyList<CoverageGap> Gaps);

/// <summary>
/// Coverage of core service types per municipality, read from <see cref="MunicipalityTray"/> itself, so the
/// dashboard and the public municipality pages can never disagree: a type is present when the page shows it as
/// local or shared (area or region-wide), and a gap when the page has to point elsewhere.
/// </summary>
public sealed class CoverageIndicator(PerhekeskusDbContext db, MunicipalityTray tray)
{
    public async Task<CoverageReport> BuildAsync(IndicatorScope scope, CancellationToken ct)
    {
        var rows = new List<CoverageRow>();
        var gaps = new List<CoverageGap>();
        foreach (var municipality in await scope.MunicipalitiesAsync(db, ct))
        {
            var view = await tray.BuildAsync(municipality.Slug, ct);
            if (view is null)
            {
                continue;
            }

            var core = view.Sections.Where(s => s.Type.IsCore).ToList();
            rows.Add(new CoverageRow(
                municipality.Code,
                municipality.Name,
                core.Count,
                core.Count(s => s.Availability == Availability.Local),
                core.Count(s => s.Availability == Availability.Shared)));
            gaps.AddRange(core.Where(s => s.Availability == Availability.Elsewhere)
                .Select(s => new CoverageGap(municipality.Code, municipality.Name, s.Type.Code, s.Type.Name)));
        }

        return new CoverageReport(rows, gaps);
    }
}
