using SahkoinenPerhekeskus.Core.Feedback.Indicators;
using SahkoinenPerhekeskus.Web.Charts;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Indikaattorit;

/// <summary>"Was this helpful?": the yes share per service type, municipality, area and month, and the latest free texts.</summary>
public sealed class PalauteModel(FeedbackIndicator feedback, HallintaText text, TimeProvider time) : IndicatorPageModel(text, time)
{
    public override string Title => T("Indicators.Feedback.Title");

    public override string Intro => T("Indicators.Feedback.Intro");

    public override string Path => IndicatorNavigation.Root + "/palaute";

    protected override async Task<IReadOnlyList<ChartTable>> BuildAsync(IndicatorScope scope, IndicatorPeriod period, CancellationToken ct)
    {
        var report = await feedback.BuildAsync(scope, period, ct);
        Summary = [T("Indicators.Feedback.Total", Count(report.Total.Total), Count(report.Total.Yes)), T("Indicators.Feedback.MunicipalityNote")];
        var texts = report.LatestTexts.Select(t => new ChartRow(
            t.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), null, "",
            [Name(t.Target).Text, T(t.Helpful ? "Indicators.Col.Yes" : "Indicators.Col.No"), t.Text])).ToList();
        return
        [
            Shares("tyypit", "Indicators.Feedback.ByType", "Indicators.Col.ServiceType", report.ByServiceType),
            Shares("kunnat", "Indicators.Feedback.ByMunicipality", "Indicators.Col.Municipality", report.ByMunicipality),
            Shares("alueet", "Indicators.Feedback.ByArea", "Indicators.Col.Area", report.ByArea),
            Shares("kuukaudet", "Indicators.Feedback.ByMonth", "Indicators.Col.Month", report.ByMonth),
            new ChartTable("tekstit", T("Indicators.Feedback.Latest"), [T("Indicators.Col.Day"), T("Indicators.Col.Target"), T("Indicators.Col.Answer"), T("Indicators.Col.Text")], texts, ChartScale.Count, ShowChart: false),
        ];
    }

    private ChartTable Shares(string id, string caption, string first, IReadOnlyList<HelpfulShare> rows) =>
        new(id, T(caption), [T(first), T("Indicators.Col.Yes"), T("Indicators.Col.No"), T("Indicators.Col.HelpfulShare")], [.. rows.Select(r =>
        {
            var (name, lang) = r.Key switch
            {
                FeedbackIndicator.PagesKey => (T("Indicators.Feedback.Pages"), null),
                FeedbackIndicator.UntypedKey => (T("Indicators.Feedback.Untyped"), null),
                _ => Name(r.Label),
            };
            return new ChartRow(name, r.Share, Percent(r.Share), [Count(r.Yes), Count(r.No), Percent(r.Share)], lang);
        })], ChartScale.Share);
}
