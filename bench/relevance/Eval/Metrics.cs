namespace SahkoinenPerhekeskus.Bench.Eval;

/// <summary>Per-query metrics with gains 2/1/0 at a cut-off of ten.</summary>
public sealed record QueryScore(string QueryId, double Ndcg, double Recall, double RecallGrade2, double ReciprocalRank, bool ZeroResults, int Returned)
{
    public const int Cutoff = 10;

    public static QueryScore Compute(EvalQuery query, IReadOnlyList<string> ranked)
    {
        var top = ranked.Take(Cutoff).ToList();
        var gains = top.Select(id => query.Judgments.GetValueOrDefault(id)).ToList();
        var dcg = gains.Select((g, i) => g / Math.Log2(i + 2)).Sum();
        var ideal = query.Judgments.Values.OrderDescending().Take(Cutoff).Select((g, i) => g / Math.Log2(i + 2)).Sum();
        var relevant = query.Judgments.Where(j => j.Value >= 1).Select(j => j.Key).ToHashSet();
        var exact = query.Judgments.Where(j => j.Value == 2).Select(j => j.Key).ToHashSet();
        var firstRelevant = top.FindIndex(relevant.Contains);
        return new QueryScore(
            query.Id,
            ideal > 0 ? dcg / ideal : (ranked.Count == 0 ? 1 : 0),
            Capped(top, relevant),
            Capped(top, exact),
            firstRelevant < 0 ? 0 : 1.0 / (firstRelevant + 1),
            ranked.Count == 0,
            ranked.Count);
    }

    /// <summary>Found / min(cut-off, relevant), so a perfect top ten scores 1 even with more relevant services.</summary>
    private static double Capped(List<string> top, HashSet<string> wanted) =>
        wanted.Count == 0 ? 1 : (double)top.Count(wanted.Contains) / Math.Min(Cutoff, wanted.Count);
}

public sealed record SystemSummary(string System, double Ndcg, double Recall, double RecallGrade2, double Mrr, int ZeroResults, int Judged, int OffTopicEmpty, int OffTopic, double Grade2Recall20)
{
    public static SystemSummary From(string system, IReadOnlyList<EvalQuery> queries, IReadOnlyList<QueryScore> scores, IReadOnlyDictionary<string, IReadOnlyList<string>> rankings)
    {
        var judged = queries.Where(q => !q.OffTopic).Select(q => q.Id).ToHashSet();
        var onJudged = scores.Where(s => judged.Contains(s.QueryId)).ToList();
        var withExact = queries.Where(q => q.Judgments.Values.Contains(2)).ToList();
        var recall20 = withExact.Count == 0 ? 1 : withExact.Average(q =>
        {
            var exact = q.Judgments.Where(j => j.Value == 2).Select(j => j.Key).ToHashSet();
            return (double)rankings[q.Id].Take(20).Count(exact.Contains) / exact.Count;
        });
        return new SystemSummary(
            system,
            onJudged.Average(s => s.Ndcg),
            onJudged.Average(s => s.Recall),
            onJudged.Average(s => s.RecallGrade2),
            onJudged.Average(s => s.ReciprocalRank),
            onJudged.Count(s => s.ZeroResults),
            onJudged.Count,
            scores.Count(s => !judged.Contains(s.QueryId) && s.ZeroResults),
            scores.Count(s => !judged.Contains(s.QueryId)),
            recall20);
    }
}
