using SahkoinenPerhekeskus.Core.Feedback.Indicators;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Indikaattorit;

/// <summary>A problem with the date-range filter: the field and the resource key of its message.</summary>
public sealed record PeriodError(string Field, string MessageKey);

/// <summary>
/// The dashboard's date range from the query string (<c>alku</c>, <c>loppu</c>, ISO dates). A missing end is today,
/// a missing start a year before the end; the start may not be after the end, nor the range longer than three years.
/// </summary>
public static class PeriodFilter
{
    public const string FromParameter = "alku";
    public const string ToParameter = "loppu";

    public static (IndicatorPeriod? Period, IReadOnlyList<PeriodError> Errors) Parse(string? from, string? to, DateOnly today)
    {
        var errors = new List<PeriodError>();
        var end = ParseDate(to, ToParameter, errors) ?? today;
        var start = ParseDate(from, FromParameter, errors) ?? end.AddYears(-1).AddDays(1);
        if (errors.Count == 0 && start > end)
        {
            errors.Add(new PeriodError(FromParameter, "Indicators.Filter.Error.Order"));
        }
        else if (errors.Count == 0 && end.DayNumber - start.DayNumber + 1 > IndicatorPeriod.MaxDays)
        {
            errors.Add(new PeriodError(FromParameter, "Indicators.Filter.Error.Length"));
        }

        return errors.Count == 0 ? (new IndicatorPeriod(start, end), errors) : (null, errors);
    }

    private static DateOnly? ParseDate(string? value, string field, List<PeriodError> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year >= 2000)
        {
            return date;
        }

        errors.Add(new PeriodError(field, "Indicators.Filter.Error.Date"));
        return null;
    }
}
