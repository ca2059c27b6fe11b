using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SahkoinenPerhekeskus.Core.Feedback;

/// <summary>One search as search demand sees it: the text, whether it found anything and the filters chosen.</summary>
public sealed record SearchDemandEvent(
    string? Text,
    bool ZeroResults,
    string? MunicipalityCode,
    IReadOnlyCollection<string> AgeGroups,
    IReadOnlyCollection<string> Needs);

/// <summary>Where searches report themselves; counting must never make a search fail.</summary>
public interface ISearchDemandRecorder
{
    Task RecordAsync(SearchDemandEvent search, CancellationToken ct);
}

/// <summary>
/// Adds one search to the day's counters (upserts, so no row per request exists even for a moment) and reveals a
/// search text once it has been seen on <see cref="FeedbackOptions.TermThresholdDays"/> different days.
/// </summary>
public sealed partial class SearchDemandRecorder(
    PerhekeskusDbContext db,
    SearchTermHasher hasher,
    TimeProvider time,
    IOptions<FeedbackOptions> options,
    ILogger<SearchDemandRecorder> logger) : ISearchDemandRecorder
{
    public async Task RecordAsync(SearchDemandEvent search, CancellationToken ct)
    {
        try
        {
            await RecordCoreAsync(search, ct);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            LogFailed(logger, e);
        }
    }

    private async Task RecordCoreAsync(SearchDemandEvent search, CancellationToken ct)
    {
        var day = FinnishDay.Today(time);
        var zero = search.ZeroResults ? 1 : 0;
        var municipality = search.MunicipalityCode ?? string.Empty;
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "SearchDays" ("Day", "MunicipalityCode", "Searches", "ZeroResults") VALUES ({day}, {municipality}, 1, {zero})
            ON CONFLICT ("Day", "MunicipalityCode") DO UPDATE SET "Searches" = "SearchDays"."Searches" + 1, "ZeroResults" = "SearchDays"."ZeroResults" + {zero}
            """, ct);

        foreach (var (filter, code) in Filters(search))
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "SearchFilterDays" ("Day", "MunicipalityCode", "Filter", "Code", "Searches", "ZeroResults") VALUES ({day}, {municipality}, {filter}, {code}, 1, {zero})
                ON CONFLICT ("Day", "MunicipalityCode", "Filter", "Code") DO UPDATE SET "Searches" = "SearchFilterDays"."Searches" + 1, "ZeroResults" = "SearchFilterDays"."ZeroResults" + {zero}
                """, ct);
        }

        if (SearchTermNormaliser.Normalise(search.Text) is not { } term)
        {
            return;
        }

        var hash = hasher.Hash(term);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "SearchTermDays" ("Day", "TermHash", "MunicipalityCode", "Searches", "ZeroResults") VALUES ({day}, {hash}, {municipality}, 1, {zero})
            ON CONFLICT ("Day", "MunicipalityCode", "TermHash") DO UPDATE SET "Searches" = "SearchTermDays"."Searches" + 1, "ZeroResults" = "SearchTermDays"."ZeroResults" + {zero}
            """, ct);

        if (await db.Set<SearchTerm>().AnyAsync(t => t.TermHash == hash, ct))
        {
            return;
        }

        var days = await db.Set<SearchTermDayCount>().Where(c => c.TermHash == hash).Select(c => c.Day).Distinct().CountAsync(ct);
        if (days >= options.Value.TermThresholdDays)
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "SearchTerms" ("TermHash", "Text", "RevealedOn") VALUES ({hash}, {term}, {day})
                ON CONFLICT ("TermHash") DO NOTHING
                """, ct);
        }
    }

    private static IEnumerable<(string Filter, string Code)> Filters(SearchDemandEvent search)
    {
        foreach (var code in search.AgeGroups.Where(c => c.Length <= SearchFilterDayCount.MaxCode).Distinct(StringComparer.Ordinal))
        {
            yield return (SearchFilterKinds.AgeGroup, code);
        }

        foreach (var code in search.Needs.Where(c => c.Length <= SearchFilterDayCount.MaxCode).Distinct(StringComparer.Ordinal))
        {
            yield return (SearchFilterKinds.Need, code);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A search could not be counted in search demand")]
    private static partial void LogFailed(ILogger logger, Exception e);
}
