using System.Security.Claims;
using SahkoinenPerhekeskus.Core.Feedback;
using SahkoinenPerhekeskus.Core.Feedback.Indicators;
using SahkoinenPerhekeskus.Web.Charts;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Indikaattorit;

/// <summary>
/// What every indicator page does: resolve whose figures the user may see, validate the date range (GET), build
/// the tables, and render them, or one of them as CSV (<c>?handler=Csv&amp;taulukko=id</c>).
/// </summary>
public abstract class IndicatorPageModel(HallintaText text, TimeProvider time) : HallintaPageModel(text)
{
    [FromQuery(Name = PeriodFilter.FromParameter)]
    public string? From { get; set; }

    [FromQuery(Name = PeriodFilter.ToParameter)]
    public string? To { get; set; }

    /// <summary>Whose figures the page shows (the base class's <c>Scope</c> is what the account may edit).</summary>
    public IndicatorScope Figures { get; private set; } = IndicatorScope.Region;

    public IndicatorPeriod? Period { get; private set; }

    public IReadOnlyList<PeriodError> Errors { get; private set; } = [];

    public IReadOnlyList<ChartTable> Tables { get; private set; } = [];

    /// <summary>Lines shown above the tables (totals, notes).</summary>
    public IReadOnlyList<string> Summary { get; protected set; } = [];

    /// <summary>The page's heading and title.</summary>
    public abstract string Title { get; }

    /// <summary>The paragraph under the heading.</summary>
    public abstract string Intro { get; }

    /// <summary>The page's path without language, for the navigation and the filter form.</summary>
    public abstract string Path { get; }

    /// <summary>False for indicators that describe today (coverage, freshness): no date filter.</summary>
    public virtual bool UsesPeriod => true;

    protected static CultureInfo Culture => CultureInfo.CurrentCulture;

    protected static string Lang => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    /// <summary>The scope of the signed-in user for this page (the folder's policy has already let them in).</summary>
    protected virtual IndicatorScope? ScopeOf(ClaimsPrincipal user) => IndicatorAccess.DashboardScope(user);

    protected abstract Task<IReadOnlyList<ChartTable>> BuildAsync(IndicatorScope scope, IndicatorPeriod period, CancellationToken ct);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Prepare() is { } problem)
        {
            return problem;
        }

        Tables = await BuildAsync(Figures, Period!, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(string? taulukko, CancellationToken ct)
    {
        if (Prepare() is { } problem)
        {
            return problem;
        }

        var table = (await BuildAsync(Figures, Period!, ct)).FirstOrDefault(t => t.Id == taulukko);
        if (table is null)
        {
            return NotFound();
        }

        var name = UsesPeriod ? $"{table.Id}-{Period!.From:yyyy-MM-dd}-{Period.To:yyyy-MM-dd}.csv" : $"{table.Id}-{Period!.To:yyyy-MM-dd}.csv";
        return File(ChartCsv.ToCsv(table), ChartCsv.ContentType, name);
    }

    /// <summary>The query string of this page's filter, for links (CSV) that keep it.</summary>
    public string FilterQuery(string? handler = null, string? table = null)
    {
        var parts = new List<string>();
        if (handler is not null)
        {
            parts.Add("handler=" + Uri.EscapeDataString(handler));
            parts.Add("taulukko=" + Uri.EscapeDataString(table ?? ""));
        }

        if (UsesPeriod && Period is not null)
        {
            parts.Add($"{PeriodFilter.FromParameter}={Period.From:yyyy-MM-dd}");
            parts.Add($"{PeriodFilter.ToParameter}={Period.To:yyyy-MM-dd}");
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private IActionResult? Prepare()
    {
        Response.Headers.CacheControl = "no-store";
        if (ScopeOf(User) is not { } scope)
        {
            return Forbid();
        }

        Figures = scope;
        var (period, errors) = PeriodFilter.Parse(UsesPeriod ? From : null, UsesPeriod ? To : null, FinnishDay.Today(time));
        Errors = errors;
        Period = period;
        if (period is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return null;
    }

    // Helpers for building rows in the current language.
    protected static (string Text, string? Lang) Name(LocalizedText name)
    {
        var (value, lang) = name.For(Lang);
        return (value, lang == Lang ? null : lang);
    }

    protected static string Percent(double? share) => share is { } s ? s.ToString("P0", Culture) : "–";

    protected static string Count(int n) => n.ToString("N0", Culture);

    protected string T(string key) => Text[key];

    protected string T(string key, params object[] args) => Text[key, args];
}
