namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Forms;

/// <summary>
/// Ages as editors think of them: raskauskuukausi 1–9 (pregnancy, stored as −9…−1), kuukautta or vuotta. An upper
/// bound in years includes that whole year ("enintään 6 v" = through month 83), as <see cref="AgeRange.FromYears"/> does.
/// </summary>
public static class AgeInput
{
    public const string Pregnancy = "raskaus";
    public const string Months = "kk";
    public const string Years = "v";

    public static int? Parse(string? value, string? unit, bool upper, string field, List<EditorialProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < 0)
        {
            problems.Add(new EditorialProblem(field, "AgeNumber", value));
            return null;
        }

        switch (unit)
        {
            case Pregnancy when n is >= 1 and <= 9:
                return n - 10;
            case Pregnancy:
                problems.Add(new EditorialProblem(field, "PregnancyMonth", value));
                return null;
            case Months when n <= ServiceSnapshotValidator.MaxMonths:
                return n;
            case Years when n * 12 <= ServiceSnapshotValidator.MaxMonths:
                return upper ? (n * 12) + 11 : n * 12;
            case Months or Years:
                problems.Add(new EditorialProblem(field, "AgeOutOfRange", value));
                return null;
            default:
                problems.Add(new EditorialProblem(field + "Unit", "Choice"));
                return null;
        }
    }

    public static (string? Value, string Unit) Show(int? months, bool upper)
    {
        if (months is not { } m)
        {
            return (null, Years);
        }

        if (m < 0)
        {
            return ((m + 10).ToString(CultureInfo.InvariantCulture), Pregnancy);
        }

        if (!upper && m % 12 == 0 && m >= 12)
        {
            return ((m / 12).ToString(CultureInfo.InvariantCulture), Years);
        }

        if (upper && (m + 1) % 12 == 0 && m >= 11)
        {
            return ((m / 12).ToString(CultureInfo.InvariantCulture), Years);
        }

        return (m.ToString(CultureInfo.InvariantCulture), Months);
    }
}
