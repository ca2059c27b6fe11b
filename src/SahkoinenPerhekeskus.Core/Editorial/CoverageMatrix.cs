using System.Text;
using Microsoft.EntityFrameworkCore;
using SahkoinenPerhekeskus.Core.Catalogue;
using SahkoinenPerhekeskus.Core.Common;
using SahkoinenPerhekeskus.Core.Data;
using SahkoinenPerhekeskus.Core.Structure;

namespace SahkoinenPerhekeskus.Core.Editorial;

/// <summary>The state of one service type in one municipality, best first.</summary>
public enum CoverageState
{
    /// <summary>A local entry is published and not past its review-by date.</summary>
    Published = 0,

    /// <summary>Published but past its review-by date.</summary>
    Stale = 1,

    /// <summary>No local entry, but a published region-wide or national one serves the municipality.</summary>
    Regional = 2,

    /// <summary>Only drafts (or entries waiting for review).</summary>
    Draft = 3,

    Missing = 4,
}

public sealed record CoverageCell(CoverageState State, IReadOnlyList<int> ServiceIds);

/// <summary>Regional service types × municipalities: where the tray is complete and where it has gaps.</summary>
public sealed record CoverageMatrix(IReadOnlyList<ServiceType> Types, IReadOnlyList<Municipality> Municipalities, IReadOnlyDictionary<(int Type, int Municipality), CoverageCell> Cells)
{
    public static async Task<CoverageMatrix> BuildAsync(PerhekeskusDbContext db, DateOnly today, CancellationToken ct)
    {
        var types = await db.ServiceTypes.AsNoTracking().OrderBy(t => t.Category).ThenBy(t => t.SortOrder).ToListAsync(ct);
        var municipalities = await db.Municipalities.AsNoTracking().OrderBy(m => m.Name.Fi).ToListAsync(ct);
        var services = await db.Services.AsNoTracking().Where(s => s.ServiceTypeId != null && s.Status != PublicationStatus.Archived)
            .Include(s => s.Municipalities).Include(s => s.Areas).AsSplitQuery().ToListAsync(ct);
        var cells = new Dictionary<(int, int), CoverageCell>();
        foreach (var type in types)
        {
            var ofType = services.Where(s => s.ServiceTypeId == type.Id).ToList();
            foreach (var m in municipalities)
            {
                var serving = ofType.Where(s => s.Serves(m)).ToList();
                var local = serving.Where(s => s.Coverage is ServiceCoverage.Local or ServiceCoverage.Areas).ToList();
                var state = local.Count > 0
                    ? local.Min(s => s.IsPublished ? (s.ReviewBy is { } due && due < today ? CoverageState.Stale : CoverageState.Published) : CoverageState.Draft)
                    : serving.Any(s => s.IsPublished) ? CoverageState.Regional : CoverageState.Missing;
                var ids = (local.Count > 0 ? local : serving).Select(s => s.Id).ToList();
                cells[(type.Id, m.Id)] = new CoverageCell(state, ids);
            }
        }

        return new CoverageMatrix(types, municipalities, cells);
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
