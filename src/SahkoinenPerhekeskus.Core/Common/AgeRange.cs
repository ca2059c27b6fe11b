namespace SahkoinenPerhekeskus.Core.Common;

/// <summary>
/// An age range in months from birth, inclusive. Pregnancy is negative (-9 is the start of pregnancy,
/// -1 its last month) so that one number line covers expectant parents, babies and young adults.
/// A null bound is open on that side.
/// </summary>
public readonly record struct AgeRange(int? MinMonths, int? MaxMonths)
{
    public const int PregnancyStart = -9;
    public const int PregnancyEnd = -1;

    public static AgeRange Any => new(null, null);

    public static AgeRange Pregnancy => new(PregnancyStart, PregnancyEnd);

    /// <summary>A child of <paramref name="years"/> full years: month 12y … 12y+11.</summary>
    public static AgeRange FromYears(int years) => new(years * 12, (years * 12) + 11);

    public static AgeRange FromMonths(int months) => new(months, months);

    public bool IsValid => MinMonths is null || MaxMonths is null || MinMonths <= MaxMonths;

    public bool IncludesPregnancy => MinMonths is null || MinMonths < 0;

    public bool Overlaps(AgeRange other) =>
        (MinMonths is null || other.MaxMonths is null || MinMonths <= other.MaxMonths)
        && (MaxMonths is null || other.MinMonths is null || other.MinMonths <= MaxMonths);

    public bool Contains(int month) =>
        (MinMonths is null || MinMonths <= month) && (MaxMonths is null || month <= MaxMonths);
}
