using SahkoinenPerhekeskus.Core.Structure;

namespace SahkoinenPerhekeskus.Core.Feedback.Indicators;

/// <summary>
/// Whose figures: the whole region (regional admins), one family-centre area (area leaders) or some municipalities
/// (municipality editors, for the zero-result searches of their municipalities).
/// </summary>
public sealed record IndicatorScope
{
    private IndicatorScope(string? areaCode, IReadOnlySet<string>? municipalityCodes)
    {
        AreaCode = areaCode;
        MunicipalityCodes = municipalityCodes;
    }

    public static IndicatorScope Region { get; } = new(null, null);

    public string? AreaCode { get; }

    public IReadOnlySet<string>? MunicipalityCodes { get; }

    public bool IsRegion => AreaCode is null && MunicipalityCodes is null;

    public static IndicatorScope Area(string code) => new(code, null);

    public static IndicatorScope Municipalities(IEnumerable<string> codes) => new(null, codes.ToHashSet(StringComparer.Ordinal));

    /// <summary>Whether the municipality (with its area loaded) is in this scope.</summary>
    public bool Includes(Municipality municipality) =>
        (AreaCode is null || municipality.Area!.Code == AreaCode) && (MunicipalityCodes is null || MunicipalityCodes.Contains(municipality.Code));

    /// <summary>The region's municipalities in this scope, with their areas, by Finnish name.</summary>
    public async Task<List<Municipality>> MunicipalitiesAsync(PerhekeskusDbContext db, CancellationToken ct)
    {
        var all = await db.Municipalities.AsNoTracking().Include(m => m.Area).ToListAsync(ct);
        return [.. all.Where(Includes).OrderBy(m => m.Name.Fi, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fi-FI"), false))];
    }
}

/// <summary>An inclusive range of days.</summary>
public sealed record IndicatorPeriod(DateOnly From, DateOnly To)
{
    /// <summary>The longest range the dashboard accepts.</summary>
    public const int MaxDays = 3 * 366;

    public bool Contains(DateOnly day) => day >= From && day <= To;
}

/// <summary>A yes/no tally.</summary>
public sealed record HelpfulShare(string Key, LocalizedText Label, int Yes, int No)
{
    public int Total => Yes + No;

    /// <summary>Yes answers as a share of all answers, or null when there are none.</summary>
    public double? Share => Total == 0 ? null : (double)Yes / Total;
}
