using SahkoinenPerhekeskus.Core.Feedback;
using SahkoinenPerhekeskus.Core.Taxonomy;

namespace SahkoinenPerhekeskus.Web.Pages.Haku;

/// <summary>What search demand keeps of a validated search (no page number, sort, channel or language).</summary>
public static class HakuDemand
{
    /// <summary>
    /// An age in years or months counts for the age groups whose range contains it, so "searches by age group"
    /// covers both ways of asking.
    /// </summary>
    public static SearchDemandEvent From(HakuQuery query, bool zeroResults, IReadOnlyList<TaxonomyTerm> terms)
    {
        IReadOnlyCollection<string> ageGroups = query.AgeGroups;
        if (query.Age is { } range)
        {
            ageGroups = [.. ageGroups.Concat(terms
                .Where(t => t.Taxonomy == TaxonomyKind.AgeGroup && t.MinMonths is not null && t.MaxMonths is not null && range.Overlaps(new AgeRange(t.MinMonths, t.MaxMonths)))
                .Select(t => t.Code)).Distinct(StringComparer.Ordinal)];
        }

        return new SearchDemandEvent(query.Text, zeroResults, query.MunicipalityCode, ageGroups, query.Needs);
    }
}
