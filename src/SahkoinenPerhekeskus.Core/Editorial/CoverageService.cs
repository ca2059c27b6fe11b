using SahkoinenPerhekeskus.Core.Feedback;
using SahkoinenPerhekeskus.Core.Structure;

namespace SahkoinenPerhekeskus.Core.Editorial;

/// <summary>What the two coverage pages call: the matrix as of today (Finnish time), or its core-type counts.</summary>
public sealed class CoverageService(PerhekeskusDbContext db, TimeProvider time)
{
    public DateOnly Today() => FinnishDay.Today(time);

    public Task<CoverageMatrix> MatrixAsync(CancellationToken ct) => CoverageMatrix.BuildAsync(db, Today(), ct);

    /// <summary>The core types per municipality for the municipalities <paramref name="include"/> accepts.</summary>
    public async Task<CoverageReport> ReportAsync(Func<Municipality, bool> include, CancellationToken ct) =>
        (await MatrixAsync(ct)).Report(include);
}
