using System.Text.RegularExpressions;

namespace SahkoinenPerhekeskus.Web.Pages.Haku;

/// <summary>
/// An age a family wrote into the search text ("3-vuotias", "8 kk", "raskausviikko 20", "16 år", "2 years old"),
/// found so that it filters by age instead of being matched as words. <see cref="RemainingText"/> is the search
/// without it; the results page offers that as the way to remove the filter again.
/// </summary>
public sealed record AgeMention(string Phrase, string? RemainingText, int? Years, int? Months, int? PregnancyWeek)
{
    /// <summary>The age as the search takes it: months from birth, pregnancy negative (see <see cref="AgeRange"/>).</summary>
    public int? AgeMonths => PregnancyWeek is { } week ? PregnancyMonth(week) : Months;

    /// <summary>Weeks 1–42 onto the pregnancy months -9 … -1: week 20 is about five months before birth.</summary>
    public static int PregnancyMonth(int week) =>
        Math.Clamp(-(int)Math.Ceiling((40 - Math.Min(week, 40)) / 4.345), AgeRange.PregnancyStart, AgeRange.PregnancyEnd);
}

public static partial class AgeInText
{
    public const int MaxYears = 120;
    public const int MaxMonths = 72;
    public const int MaxWeeks = 42;

    /// <summary>The first age in <paramref name="text"/>, or null. A number with no unit ("112", "24/7") is never an age.</summary>
    public static AgeMention? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var best = new (Regex Pattern, Kind Kind)[] { (Week(), Kind.Week), (Years(), Kind.Years), (Months(), Kind.Months) }
            .Select(p => (Match: p.Pattern.Match(text), p.Kind))
            .Where(p => p.Match.Success)
            .OrderBy(p => p.Match.Index)
            .FirstOrDefault();
        if (best.Match is null || !int.TryParse(best.Match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }

        var remaining = Spaces().Replace(text.Remove(best.Match.Index, best.Match.Length), " ").Trim(' ', ',', '.', ';', ':', '-');
        var rest = remaining.Length == 0 ? null : remaining;
        var phrase = best.Match.Value.Trim();
        return best.Kind switch
        {
            Kind.Years when n <= MaxYears => new AgeMention(phrase, rest, n, null, null),
            Kind.Months when n <= MaxMonths => new AgeMention(phrase, rest, null, n, null),
            Kind.Week when n is >= 1 and <= MaxWeeks => new AgeMention(phrase, rest, null, null, n),
            _ => null,
        };
    }

    private enum Kind
    {
        Years,
        Months,
        Week,
    }

    // fi "3v", "3 v.", "3-vuotias", "3-vuotiaalle", "3 vuotta", "3 vuoden ikäinen"; sv "3 år", "3-åring", "3-årig";
    // en "3 years old", "3-year-old", "3 yo", "aged 3".
    [GeneratedRegex(@"(?<![\p{L}\d\-–])(?:(?<n>\d{1,3})\s?-?\s?(?:v\.|v(?![\p{L}\d])|vee(?![\p{L}])|vuotia\p{L}*|vuotta|vuoden\s+ikäi\p{L}*|år(?:s|ing\p{L}*|ig\p{L}*)?(?![\p{L}])|years?(?:\s*-?\s*olds?)?(?![\p{L}])|yrs?(?![\p{L}])|yo(?![\p{L}])|y/o)|aged\s+(?<n>\d{1,3})(?![\p{L}\d]))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Years();

    // fi "8 kk", "8kk", "8 kuukautta", "8 kuukauden ikäinen" (not "kuukautiset", which is menstruation); sv "8 mån",
    // "8 månader"; en "8 months old", "8-month-old".
    [GeneratedRegex(@"(?<![\p{L}\d\-–])(?<n>\d{1,2})\s?-?\s?(?:kk(?![\p{L}])|kuukau(?:tta|den)(?:\s+ikäi\p{L}*)?(?![\p{L}])|mån(?:ad|ader|aders)?(?![\p{L}])\.?|months?(?:\s*-?\s*olds?)?(?![\p{L}]))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Months();

    // fi "raskausviikko 20", "raskausviikolla 20", "rv 20", "20. raskausviikko"; sv "graviditetsvecka 20", "gravid i
    // vecka 20"; en "20 weeks pregnant", "pregnancy week 20", "week 20 of pregnancy".
    [GeneratedRegex(@"(?<![\p{L}\d])(?:(?:raskausviik\p{L}*|rv|graviditetsvecka|gravid\s+i\s+vecka|pregnancy\s+week)\s*(?<n>\d{1,2})(?![\p{L}\d])|(?<n>\d{1,2})\.?\s*(?:raskausviik\p{L}*|weeks?\s+pregnant|graviditetsveckan)(?![\p{L}])|week\s+(?<n>\d{1,2})\s+of\s+(?:the\s+|my\s+)?pregnancy)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Week();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
