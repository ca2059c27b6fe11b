using System.Globalization;
using System.Text;
using SahkoinenPerhekeskus.Core.Structure;

namespace SahkoinenPerhekeskus.Core.Editorial;

/// <summary>The state of one service type in one municipality, best first, as the municipality page sees it.</summary>
public enum CoverageState
{
    /// <summary>The municipality's own (local) entry is published and not past its review-by date.</summary>
    Published = 0,

    /// <summary>The own entry is published but past its review-by date.</summary>
    Stale = 1,

    /// <summary>No own published entry, but a published area or region-wide entry serves the municipality.</summary>
    Regional = 2,

    /// <summary>Nothing published serves it; only drafts (or entries waiting for review) would.</summary>
    Draft = 3,

    Missing = 4,
}

public sealed record CoverageCell(CoverageState State, IReadOnlyList<int> ServiceIds)
{
    /// <summary>The municipality page lists the type as the municipality's own.</summary>
    public bool IsLocal => State is CoverageState.Published or CoverageState.Stale;

    /// <summary>The municipality page lists it as shared (area or region-wide).</summary>
    public bool IsShared => State == CoverageState.Regional;

    /// <summary>The municipality page has to point to entries elsewhere.</summary>
    public bool IsGap => !IsLocal && !IsShared;
}

/// <summary>One municipality: how many of the core service types a family living there finds, and how.</summary>
public sealed record CoverageRow(string Code, LocalizedText Name, int CoreTypes, int Local, int Shared)
{
    public int Present => Local + Shared;

    public int Missing => CoreTypes - Present;

    public double? Share => CoreTypes == 0 ? null : (double)Present / CoreTypes;
}

/// <summary>A core service type no published entry serves in a municipality.</summary>
public sealed record CoverageGap(string MunicipalityCode, LocalizedText Municipality, string TypeCode, LocalizedText Type);

public sealed record CoverageReport(IReadOnlyList<CoverageRow> Rows, IReadOnlyList<CoverageGap> Gaps);

/// <summary>
/// Regional service types × municipalities: where the tray is complete and where it has gaps. The one coverage
/// computation: the back office's matrix (/hallinta/kattavuus) shows the cells, the indicators dashboard
/// (/hallinta/indikaattorit/kattavuus) counts them with <see cref="Report"/>. A cell follows the rule of the public
/// municipality page (<c>MunicipalityTray</c>): own entries are local ones, area and region-wide entries are shared,
/// and national entries do not fill a regional type's place (the page lists them apart).
/// </summary>
public sealed record CoverageMatrix(IReadOnlyList<ServiceType> Types, IReadOnlyList<Municipality> Municipalities, IReadOnlyDictionary<(int Type, int Municipality), CoverageCell> Cells)
{
    private static readonly StringComparer FinnishOrder = StringComparer.Create(CultureInfo.GetCultureInfo("fi-FI"), false);

    public static async Task<CoverageMatrix> BuildAsync(PerhekeskusDbContext db, DateOnly today, CancellationToken ct)
    {
        var types = await db.ServiceTypes.AsNoTracking().OrderBy(t => t.Category).ThenBy(t => t.SortOrder).ThenBy(t => t.Code).ToListAsync(ct);
        var municipalities = (await db.Municipalities.AsNoTracking().Include(m => m.Area).ToListAsync(ct)).OrderBy(m => m.Name.Fi, FinnishOrder).ToList();
        var services = await db.Services.AsNoTracking()
            .Where(s => s.ServiceTypeId != null && s.Status != PublicationStatus.Archived && s.Coverage != ServiceCoverage.National)
            .Include(s => s.Municipalities).Include(s => s.Areas).AsSplitQuery().ToListAsync(ct);
        var cells = new Dictionary<(int, int), CoverageCell>();
        foreach (var type in types)
        {
            var ofType = services.Where(s => s.ServiceTypeId == type.Id).ToList();
            foreach (var m in municipalities)
            {
                cells[(type.Id, m.Id)] = Cell(ofType.Where(s => s.Serves(m)).ToList(), today);
            }
        }

        return new CoverageMatrix(types, municipalities, cells);
    }

    private static CoverageCell Cell(List<Service> serving, DateOnly today)
    {
        var own = serving.Where(s => s.Coverage == ServiceCoverage.Local).ToList();
        var ids = (own.Count > 0 ? own : serving).Select(s => s.Id).ToList();
        var ownPublished = own.Where(s => s.IsPublished).ToList();
        var state = ownPublished.Count > 0
            ? ownPublished.Any(s => s.ReviewBy is not { } due || due >= today) ? CoverageState.Published : CoverageState.Stale
            : serving.Any(s => s.IsPublished) ? CoverageState.Regional
            : serving.Count > 0 ? CoverageState.Draft
            : CoverageState.Missing;
        return new CoverageCell(state, ids);
    }

    /// <summary>The core types per municipality (those <paramref name="include"/> accepts), and the gaps.</summary>
    public CoverageReport Report(Func<Municipality, bool> include)
    {
        var core = Types.Where(t => t.IsCore).ToList();
        var rows = new List<CoverageRow>();
        var gaps = new List<CoverageGap>();
        foreach (var m in Municipalities.Where(include))
        {
            var cells = core.Select(t => (Type: t, Cell: Cells[(t.Id, m.Id)])).ToList();
            rows.Add(new CoverageRow(m.Code, m.Name, core.Count, cells.Count(c => c.Cell.IsLocal), cells.Count(c => c.Cell.IsShared)));
            gaps.AddRange(cells.Where(c => c.Cell.IsGap).Select(c => new CoverageGap(m.Code, m.Name, c.Type.Code, c.Type.Name)));
        }

        return new CoverageReport(rows, gaps);
    }

    /// <summary>CSV (RFC 4180, UTF-8): a row per service type, a column per municipality code, state words in Finnish.</summary>
    public string ToCsv(Func<CoverageState, string> word)
    {
        var sb = new StringBuilder();
        sb.Append("palvelutyyppi,nimi");
        foreach (var m in Municipalities)
        {
            sb.Append(',').Append(Quote($"{m.Code} {m.Name.Fi}"));
        }

        sb.Append("\r\n");
        foreach (var t in Types)
        {
            sb.Append(Quote(t.Code)).Append(',').Append(Quote(t.Name.Fi));
            foreach (var m in Municipalities)
            {
                sb.Append(',').Append(word(Cells[(t.Id, m.Id)].State));
            }

            sb.Append("\r\n");
        }

        return sb.ToString();
    }

    // Quotes always, doubles quotes, and defuses spreadsheet formulas (=, +, -, @) by a leading apostrophe.
    private static string Quote(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
