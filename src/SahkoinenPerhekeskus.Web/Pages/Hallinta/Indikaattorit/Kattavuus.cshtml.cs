using Microsoft.Extensions.Localization;
using SahkoinenPerhekeskus.Core.Feedback.Indicators;
using SahkoinenPerhekeskus.Web.Charts;

namespace SahkoinenPerhekeskus.Web.Pages.Hallinta.Indikaattorit;

/// <summary>Coverage of core service types per municipality and the gap list, as the municipality pages see it.</summary>
public sealed class KattavuusModel(CoverageIndicator coverage, IStringLocalizer<PalauteResource> text, TimeProvider time) : IndicatorPageModel(text, time)
{
    public override string Title => T("Coverage.Title");

    public override string Intro => T("Coverage.Intro");

    public override string Path => IndicatorNavigation.Root + "/kattavuus";

    public override bool UsesPeriod => false;

    protected override async Task<IReadOnlyList<ChartTable>> BuildAsync(IndicatorScope scope, IndicatorPeriod period, CancellationToken ct)
    {
        var report = await coverage.BuildAsync(scope, ct);
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
            new ChartTable("kattavuus", T("Coverage.Chart"), [T("Col.Municipality"), T("Col.CoreTypes"), T("Col.Local"), T("Col.Shared"), T("Col.Missing"), T("Col.Coverage")], rows, ChartScale.Share),
            new ChartTable("puutteet", T("Coverage.Gaps"), [T("Col.Municipality"), T("Col.ServiceType")], gaps, ChartScale.Count, ShowChart: false),
        ];
    }
}
