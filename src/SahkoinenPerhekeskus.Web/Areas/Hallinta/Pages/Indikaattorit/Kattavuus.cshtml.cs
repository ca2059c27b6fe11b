using SahkoinenPerhekeskus.Core.Feedback.Indicators;
using SahkoinenPerhekeskus.Web.Charts;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Indikaattorit;

/// <summary>
/// Coverage of core service types per municipality and the gap list: the back office's <see cref="CoverageMatrix"/>
/// counted for the user's scope, by the municipality pages' rule.
/// </summary>
public sealed class KattavuusModel(CoverageService coverage, HallintaText text, TimeProvider time) : IndicatorPageModel(text, time)
{
    public override string Title => T("Indicators.Coverage.Title");

    public override string Intro => T("Indicators.Coverage.Intro");

    public override string Path => IndicatorNavigation.Root + "/kattavuus";

    public override bool UsesPeriod => false;

    protected override async Task<IReadOnlyList<ChartTable>> BuildAsync(IndicatorScope scope, IndicatorPeriod period, CancellationToken ct)
    {
        var report = await coverage.ReportAsync(scope.Includes, ct);
        var rows = report.Rows.Select(r =>
        {
            var (name, lang) = Name(r.Name);
            return new ChartRow(name, r.Share, Percent(r.Share), [Count(r.CoreTypes), Count(r.Local), Count(r.Shared), Count(r.Missing), Percent(r.Share)], lang);
        }).ToList();
        var gaps = report.Gaps.Select(g =>
        {
            var (name, lang) = Name(g.Municipality);
            return new ChartRow(name, null, "", [Name(g.Type).Text], lang);
        }).ToList();
        return
        [
            new ChartTable("kattavuus", T("Indicators.Coverage.Chart"), [T("Indicators.Col.Municipality"), T("Indicators.Col.CoreTypes"), T("Indicators.Col.Local"), T("Indicators.Col.Shared"), T("Indicators.Col.Missing"), T("Indicators.Col.Coverage")], rows, ChartScale.Share),
            new ChartTable("puutteet", T("Indicators.Coverage.Gaps"), [T("Indicators.Col.Municipality"), T("Indicators.Col.ServiceType")], gaps, ChartScale.Count, ShowChart: false),
        ];
    }
}
