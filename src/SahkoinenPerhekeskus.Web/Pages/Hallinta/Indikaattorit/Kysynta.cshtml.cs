using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SahkoinenPerhekeskus.Core.Feedback;
using SahkoinenPerhekeskus.Core.Feedback.Indicators;
using SahkoinenPerhekeskus.Web.Charts;

namespace SahkoinenPerhekeskus.Web.Pages.Hallinta.Indikaattorit;

/// <summary>What families search for: top searches, top zero-result searches, searches by age group, need and municipality.</summary>
public sealed class KysyntaModel(DemandIndicator demand, IOptions<FeedbackOptions> options, IStringLocalizer<PalauteResource> text, TimeProvider time)
    : IndicatorPageModel(text, time)
{
    public override string Title => T("Demand.Title");

    public override string Intro => T("Demand.Intro", options.Value.TermThresholdDays);

    public override string Path => IndicatorNavigation.Root + "/kysynta";

    protected override async Task<IReadOnlyList<ChartTable>> BuildAsync(IndicatorScope scope, IndicatorPeriod period, CancellationToken ct)
    {
        var report = await demand.BuildAsync(scope, period, ct);
        Summary = [T("Demand.Total", Count(report.Total.Searches), Count(report.Total.ZeroResults))];
        return
        [
            Counts("haut", "Demand.Top", "Col.Term", report.TopSearches, zeroFirst: false),
            Counts("ei-tuloksia", "Demand.TopZero", "Col.Term", report.TopZeroResults, zeroFirst: true),
            Counts("ikaryhmat", "Demand.ByAgeGroup", "Col.AgeGroup", report.ByAgeGroup, zeroFirst: false),
            Counts("tarpeet", "Demand.ByNeed", "Col.Need", report.ByNeed, zeroFirst: false),
            Counts("kunnat", "Demand.ByMunicipality", "Col.Municipality", report.ByMunicipality, zeroFirst: false),
        ];
    }

    /// <summary>A count table; the chart shows searches, or zero-result searches for the zero-result table.</summary>
    internal ChartTable Counts(string id, string caption, string first, IReadOnlyList<DemandRow> rows, bool zeroFirst) =>
        new(id, T(caption), zeroFirst ? [T(first), T("Col.ZeroResults"), T("Col.Searches")] : [T(first), T("Col.Searches"), T("Col.ZeroResults")],
            [.. rows.Select(r =>
            {
                var (name, lang) = r.Key == DemandIndicator.NoMunicipalityKey && id == "kunnat" ? (T("Demand.NoMunicipality"), null) : Name(r.Label);
                var value = zeroFirst ? r.ZeroResults : r.Searches;
                return new ChartRow(name, value, Count(value), zeroFirst ? [Count(r.ZeroResults), Count(r.Searches)] : [Count(r.Searches), Count(r.ZeroResults)], lang);
            })],
            ChartScale.Count);
}
