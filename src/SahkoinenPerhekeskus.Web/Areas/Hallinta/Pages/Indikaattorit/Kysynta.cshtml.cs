using Microsoft.Extensions.Options;
using SahkoinenPerhekeskus.Core.Feedback;
using SahkoinenPerhekeskus.Core.Feedback.Indicators;
using SahkoinenPerhekeskus.Web.Charts;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Indikaattorit;

/// <summary>What families search for: top searches, top zero-result searches, searches by age group, need and municipality.</summary>
public sealed class KysyntaModel(DemandIndicator demand, IOptions<FeedbackOptions> options, HallintaText text, TimeProvider time)
    : IndicatorPageModel(text, time)
{
    public override string Title => T("Indicators.Demand.Title");

    public override string Intro => T("Indicators.Demand.Intro", options.Value.TermThresholdDays);

    public override string Path => IndicatorNavigation.Root + "/kysynta";

    protected override async Task<IReadOnlyList<ChartTable>> BuildAsync(IndicatorScope scope, IndicatorPeriod period, CancellationToken ct)
    {
        var report = await demand.BuildAsync(scope, period, ct);
        Summary = [T("Indicators.Demand.Total", Count(report.Total.Searches), Count(report.Total.ZeroResults))];
        return
        [
            Counts("haut", "Indicators.Demand.Top", "Indicators.Col.Term", report.TopSearches, zeroFirst: false),
            Counts("ei-tuloksia", "Indicators.Demand.TopZero", "Indicators.Col.Term", report.TopZeroResults, zeroFirst: true),
            Counts("ikaryhmat", "Indicators.Demand.ByAgeGroup", "Indicators.Col.AgeGroup", report.ByAgeGroup, zeroFirst: false),
            Counts("tarpeet", "Indicators.Demand.ByNeed", "Indicators.Col.Need", report.ByNeed, zeroFirst: false),
            Counts("kunnat", "Indicators.Demand.ByMunicipality", "Indicators.Col.Municipality", report.ByMunicipality, zeroFirst: false),
        ];
    }

    /// <summary>A count table; the chart shows searches, or zero-result searches for the zero-result table.</summary>
    internal ChartTable Counts(string id, string caption, string first, IReadOnlyList<DemandRow> rows, bool zeroFirst) =>
        new(id, T(caption), zeroFirst ? [T(first), T("Indicators.Col.ZeroResults"), T("Indicators.Col.Searches")] : [T(first), T("Indicators.Col.Searches"), T("Indicators.Col.ZeroResults")],
            [.. rows.Select(r =>
            {
                var (name, lang) = r.Key == DemandIndicator.NoMunicipalityKey && id == "kunnat" ? (T("Indicators.Demand.NoMunicipality"), null) : Name(r.Label);
                var value = zeroFirst ? r.ZeroResults : r.Searches;
                return new ChartRow(name, value, Count(value), zeroFirst ? [Count(r.ZeroResults), Count(r.Searches)] : [Count(r.Searches), Count(r.ZeroResults)], lang);
            })],
            ChartScale.Count);
}
