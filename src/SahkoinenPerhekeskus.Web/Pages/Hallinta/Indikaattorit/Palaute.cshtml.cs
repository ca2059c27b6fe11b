using Microsoft.Extensions.Localization;
using SahkoinenPerhekeskus.Core.Feedback.Indicators;
using SahkoinenPerhekeskus.Web.Charts;

namespace SahkoinenPerhekeskus.Web.Pages.Hallinta.Indikaattorit;

/// <summary>"Was this helpful?": the yes share per service type, municipality, area and month, and the latest free texts.</summary>
public sealed class PalauteModel(FeedbackIndicator feedback, IStringLocalizer<PalauteResource> text, TimeProvider time) : IndicatorPageModel(text, time)
{
    public override string Title => T("Feedback.Title");

    public override string Intro => T("Feedback.Intro");

    public override string Path => IndicatorNavigation.Root + "/palaute";

    protected override async Task<IReadOnlyList<ChartTable>> BuildAsync(IndicatorScope scope, IndicatorPeriod period, CancellationToken ct)
    {
        var report = await feedback.BuildAsync(scope, period, ct);
        Summary = [T("Feedback.Total", Count(report.Total.Total), Count(report.Total.Yes)), T("Feedback.MunicipalityNote")];
        var texts = report.LatestTexts.Select(t => new ChartRow(
            t.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), null, "",
            [Name(t.Target).Text, T(t.Helpful ? "Col.Yes" : "Col.No"), t.Text])).ToList();
        return
        [
            Shares("tyypit", "Feedback.ByType", "Col.ServiceType", report.ByServiceType),
            Shares("kunnat", "Feedback.ByMunicipality", "Col.Municipality", report.ByMunicipality),
            Shares("alueet", "Feedback.ByArea", "Col.Area", report.ByArea),
            Shares("kuukaudet", "Feedback.ByMonth", "Col.Month", report.ByMonth),
            new ChartTable("tekstit", T("Feedback.Latest"), [T("Col.Day"), T("Col.Target"), T("Col.Answer"), T("Col.Text")], texts, ChartScale.Count, ShowChart: false),
        ];
    }

    private ChartTable Shares(string id, string caption, string first, IReadOnlyList<HelpfulShare> rows) =>
        new(id, T(caption), [T(first), T("Col.Yes"), T("Col.No"), T("Col.HelpfulShare")], [.. rows.Select(r =>
        {
            var (name, lang) = r.Key switch
            {
                FeedbackIndicator.PagesKey => (T("Feedback.Pages"), null),
                FeedbackIndicator.UntypedKey => (T("Feedback.Untyped"), null),
                _ => Name(r.Label),
            };
            return new ChartRow(name, r.Share, Percent(r.Share), [Count(r.Yes), Count(r.No), Percent(r.Share)], lang);
        })], ChartScale.Share);
}
