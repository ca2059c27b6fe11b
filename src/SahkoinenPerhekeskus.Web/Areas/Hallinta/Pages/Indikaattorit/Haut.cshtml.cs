using System.Security.Claims;
using Microsoft.Extensions.Options;
using SahkoinenPerhekeskus.Core.Feedback;
using SahkoinenPerhekeskus.Core.Feedback.Indicators;
using SahkoinenPerhekeskus.Web.Charts;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Indikaattorit;

/// <summary>
/// "What families in my municipality searched for but found nothing": for municipality editors (their municipalities),
/// area leaders (their area) and regional admins, so they can add services or synonyms.
/// </summary>
public sealed class HautModel(DemandIndicator demand, IOptions<FeedbackOptions> options, HallintaText text, TimeProvider time)
    : IndicatorPageModel(text, time)
{
    public override string Title => T("Indicators.ZeroResults.Title");

    public override string Intro => T("Indicators.ZeroResults.Intro", options.Value.TermThresholdDays);

    public override string Path => IndicatorNavigation.Root + "/haut";

    protected override IndicatorScope? ScopeOf(ClaimsPrincipal user) => IndicatorAccess.ZeroResultsScope(user);

    protected override async Task<IReadOnlyList<ChartTable>> BuildAsync(IndicatorScope scope, IndicatorPeriod period, CancellationToken ct)
    {
        var report = await demand.BuildAsync(scope, period, ct);
        var rows = report.TopZeroResults.Select(r => new ChartRow(r.Label.Fi, r.ZeroResults, Count(r.ZeroResults), [Count(r.ZeroResults), Count(r.Searches)])).ToList();
        return [new ChartTable("ei-tuloksia", T("Indicators.Demand.TopZero"), [T("Indicators.Col.Term"), T("Indicators.Col.ZeroResults"), T("Indicators.Col.Searches")], rows, ChartScale.Count)];
    }
}
