using System.Text;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages;

/// <summary>
/// Service types × municipalities, for everyone in the back office: gaps are public knowledge (the municipality
/// pages show them too), and editors need to see their neighbours' entries to fill their own. The dashboard's
/// coverage counts come from the same <see cref="CoverageMatrix"/>.
/// </summary>
public sealed class KattavuusModel(HallintaText text, CoverageService coverage) : HallintaPageModel(text)
{
    public CoverageMatrix Matrix { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Matrix = await coverage.MatrixAsync(ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var matrix = await coverage.MatrixAsync(ct);
        var csv = matrix.ToCsv(state => Text["CoverageState." + state]);
        // A byte-order mark so that spreadsheet programs read ä and ö as UTF-8.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();
        return File(bytes, "text/csv; charset=utf-8", $"kattavuus-{coverage.Today():yyyy-MM-dd}.csv");
    }
}
