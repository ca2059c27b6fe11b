using SahkoinenPerhekeskus.Core.Feedback.Indicators;
using SahkoinenPerhekeskus.Web.Charts;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Indikaattorit;

/// <summary>The share of published entries past their review-by date, per municipality and per organisation.</summary>
public sealed class AjantasaisuusModel(FreshnessIndicator freshness, HallintaText text, TimeProvider time) : IndicatorPageModel(text, time)
{
    private DateOnly _today;

    public override string Title => T("Indicators.Freshness.Title");

    public override string Intro => T("Indicators.Freshness.Intro", _today.ToString("d", Culture));

    public override string Path => IndicatorNavigation.Root + "/ajantasaisuus";

    public override bool UsesPeriod => false;

    protected override async Task<IReadOnlyList<ChartTable>> BuildAsync(IndicatorScope scope, IndicatorPeriod period, CancellationToken ct)
    {
        var report = await freshness.BuildAsync(scope, ct);
        _today = report.Today;
        string[] Columns(string first) => [T(first), T("Indicators.Col.Entries"), T("Indicators.Col.PastReview"), T("Indicators.Col.PastShare")];
        return
        [
            new ChartTable("kunnat", T("Indicators.Freshness.ByMunicipality"), Columns("Col.Municipality"), Rows(report.ByMunicipality), ChartScale.Share),
            new ChartTable("organisaatiot", T("Indicators.Freshness.ByOrganisation"), Columns("Col.Organisation"), Rows(report.ByOrganisation), ChartScale.Share),
        ];
    }

    private static List<ChartRow> Rows(IEnumerable<FreshnessRow> rows) => [.. rows.Select(r =>
    {
        var (name, lang) = Name(r.Name);
        return new ChartRow(name, r.Share, Percent(r.Share), [Count(r.Entries), Count(r.PastReview), Percent(r.Share)], lang);
    })];
}
