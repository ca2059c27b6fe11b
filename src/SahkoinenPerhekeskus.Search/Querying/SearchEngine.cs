using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SahkoinenPerhekeskus.Search.Analysis;
using SahkoinenPerhekeskus.Search.Indexing;
using SahkoinenPerhekeskus.Search.Telemetry;

namespace SahkoinenPerhekeskus.Search.Querying;

/// <summary>Runs a <see cref="SearchQuery"/> against one searcher snapshot: plan, hits, facets, page, snippets.</summary>
internal sealed class SearchEngine(LanguageAnalyzers analyzers, QueryTextAnalyzer textAnalyzer, QueryPlanner planner, SearchTuning tuning, SituationVocabulary situations)
{
    private static readonly CompareInfo FinnishCollation = CultureInfo.GetCultureInfo("fi-FI").CompareInfo;

    private static readonly HashSet<string> StoredForHit =
    [
        FieldNames.Id, FieldNames.Slug, FieldNames.PrimaryLanguage, FieldNames.TextLanguages,
        .. FieldNames.Languages.SelectMany(l => new[] { FieldNames.Name(l), FieldNames.Summary(l), FieldNames.Body(l) }),
    ];

    public SearchResults Search(IndexSearcher searcher, SearchQuery query)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var span = SearchTelemetry.Start("search");
        var results = Run(searcher, query, span);
        span?.SetTag("search.total", results.Total);
        SearchTelemetry.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started), !string.IsNullOrWhiteSpace(query.Text), results.Total, query.UiLanguage);
        return results;
    }

    private SearchResults Run(IndexSearcher searcher, SearchQuery query, System.Diagnostics.Activity? span)
    {
        var filters = FilterSet.From(query);
        var scope = filters.Scope();
        QueryPlan plan;
        if (string.IsNullOrWhiteSpace(query.Text))
        {
            plan = QueryPlan.MatchAll;
        }
        else
        {
            QueryText text;
            using (SearchTelemetry.Start("search.analyze"))
            {
                text = textAnalyzer.Analyze(query.Text, query.UiLanguage);
            }

            if (text.IsEmpty)
            {
                return SearchResults.Empty;
            }

            using (SearchTelemetry.Start("search.plan"))
            {
                plan = planner.Plan(searcher, text, scope);
            }
        }

        span?.SetTag("search.tiers", plan.Tiers.Count);
        span?.SetTag("search.fuzzy", plan.UsedFuzzy);

        // The plan, its tiers and cut-offs see the scope only. Were they to see the facet filters, choosing a
        // value would re-plan the search (broaden, correct typos, top up) and its total would differ from the
        // count shown beside it. Facet filters only pick from these matches, for the results and the counts alike.
        Resemblance? feedback = null;
        List<ScoredDoc> matches, hits;
        using (SearchTelemetry.Start("search.query"))
        {
            matches = Execute(searcher, plan, scope, ref feedback);
            hits = MatchSet.Narrow(searcher, matches, filters.Facets());
        }

        var facets = CountFacets(searcher, query, filters, matches, hits);
        var ordered = Order(searcher, hits, byName: query.Sort == SearchSort.Name || !plan.IsText);
        var pageSize = Math.Clamp(query.PageSize, 1, 100);
        var page = ordered.Skip((Math.Max(query.Page, 1) - 1) * pageSize).Take(pageSize);
        List<SearchHit> items;
        using (SearchTelemetry.Start("search.snippets"))
        {
            items = page.Select(h => ToHit(searcher, h, query.UiLanguage, plan)).ToList();
        }

        return new SearchResults(hits.Count, items, facets, plan.UsedFuzzy, plan.DidYouMean)
        {
            Topics = [.. (plan.Topics ?? []).Take(3).Select(t => new RelatedTopic(t.Topic.Kind, t.Topic.Code, situations.NameOf(t.Topic, query.UiLanguage)))],
        };
    }

    private static Dictionary<string, IReadOnlyList<FacetCount>> CountFacets(IndexSearcher searcher, SearchQuery query, FilterSet filters, List<ScoredDoc> matches, List<ScoredDoc> hits)
    {
        using var span = SearchTelemetry.Start("search.facets");
        // Inactive dimensions are counted over the hits; an active one over the matches without its own filter.
        var active = FieldNames.FacetDimensions.Where(filters.ActiveDimensions.Contains).ToList();
        span?.SetTag("search.active_facets", active.Count);
        var facets = FacetCounter.Count(searcher, hits, FieldNames.FacetDimensions.Except(active).ToList(), query.AgeBands);
        foreach (var dimension in active)
        {
            var basis = MatchSet.Narrow(searcher, matches, filters.Facets(omit: dimension));
            facets[dimension] = FacetCounter.Count(searcher, basis, [dimension], query.AgeBands)[dimension];
        }

        return FieldNames.FacetDimensions.ToDictionary(d => d, d => facets[d]);
    }

    /// <summary>How the planner read a query (for the relevance bench and debugging).</summary>
    internal string Explain(IndexSearcher searcher, SearchQuery query)
    {
        var text = textAnalyzer.Analyze(query.Text ?? "", query.UiLanguage);
        return text.IsEmpty ? "(no content words)" : planner.Plan(searcher, text, FilterSet.From(query).Scope()).Explanation;
    }

    /// <summary>
    /// Every match: the first tier best first, then the next tier's new matches, without the ones far below
    /// that tier's best (see <see cref="SearchTuning.ScoreFloor"/>). The first tier is never cut: everything
    /// in it matched the query as typed. A short list ends with services like its best hit. Scores are
    /// scaled down tier by tier so that they keep falling along the list.
    /// </summary>
    internal List<ScoredDoc> Execute(IndexSearcher searcher, QueryPlan plan, Filter? filter, ref Resemblance? feedback)
    {
        var result = new List<ScoredDoc>();
        var seen = new bool[searcher.IndexReader.MaxDoc];
        foreach (var tier in plan.Tiers)
        {
            var collector = new HitCollector();
            searcher.Search(tier.Query, filter, collector);
            IEnumerable<ScoredDoc> hits = collector.Hits;
            if (result.Count > 0 && tuning.FeedbackWeight > 0)
            {
                // Broader matches that resemble the best strict matches come first among the broader ones;
                // matches on common words alone are ordered by that resemblance only.
                var model = feedback ??= Resemblance.Of(searcher, Seeds(result), filter, analyzers, tuning);
                var weight = tier.ByResemblance ? 1f : tuning.FeedbackWeight;
                hits = hits.Select(h => h with { Score = (tier.ByResemblance ? tuning.ScoreFloor : h.Score) * (1 + (weight * model.Score(h.Doc))) });
            }

            Append(result, seen, hits, plan.IsText && result.Count > 0 && !tier.ByResemblance);
        }

        if (plan.IsText && result.Count > 0 && tuning.RelatedWhenFewer > result.Count)
        {
            feedback ??= Resemblance.Of(searcher, Seeds(result), filter, analyzers, tuning);
            Append(result, seen, feedback.Candidates(), floor: true, limit: tuning.RelatedWhenFewer - result.Count);
        }

        return result;
    }

    private List<int> Seeds(List<ScoredDoc> result) => result.Take(tuning.FeedbackDocuments).Select(h => h.Doc).ToList();

    private void Append(List<ScoredDoc> result, bool[] seen, IEnumerable<ScoredDoc> tierHits, bool floor, int limit = int.MaxValue)
    {
        var hits = new List<ScoredDoc>();
        foreach (var hit in tierHits)
        {
            if (!seen[hit.Doc])
            {
                hits.Add(hit);
            }
        }

        if (hits.Count == 0)
        {
            return;
        }

        hits.Sort(static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        var top = hits[0].Score;
        var cutoff = floor ? top * tuning.ScoreFloor : float.MinValue;
        var scale = result.Count > 0 && top >= result[^1].Score ? result[^1].Score * 0.99f / top : 1f;
        for (var i = 0; i < hits.Count && i < limit && hits[i].Score >= cutoff; i++)
        {
            result.Add(hits[i] with { Score = hits[i].Score * scale });
            seen[hits[i].Doc] = true;
        }
    }

    private static List<ScoredDoc> Order(IndexSearcher searcher, List<ScoredDoc> hits, bool byName)
    {
        if (!byName)
        {
            return hits;
        }

        var keys = hits.ToDictionary(h => h.Doc, h => SortKey(searcher.IndexReader, h.Doc));
        return hits
            .OrderBy(h => keys[h.Doc], Comparer<string>.Create((a, b) => FinnishCollation.Compare(a, b, CompareOptions.IgnoreCase)))
            .ThenByDescending(h => h.Score)
            .ToList();
    }

    private static string SortKey(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var values = leaf.AtomicReader.GetSortedDocValues(FieldNames.SortName);
        if (values is null)
        {
            return "";
        }

        var scratch = new BytesRef();
        values.Get(doc - leaf.DocBase, scratch);
        return scratch.Utf8ToString();
    }

    private SearchHit ToHit(IndexSearcher searcher, ScoredDoc hit, string uiLanguage, QueryPlan plan)
    {
        var doc = searcher.Doc(hit.Doc, StoredForHit);
        var languages = (doc.Get(FieldNames.TextLanguages, CultureInfo.InvariantCulture) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var primary = doc.Get(FieldNames.PrimaryLanguage, CultureInfo.InvariantCulture) ?? "fi";
        var withName = languages.Where(l => doc.Get(FieldNames.Name(l), CultureInfo.InvariantCulture) is not null).ToList();
        var language = withName.Contains(uiLanguage) ? uiLanguage : withName.Contains(primary) ? primary : withName.FirstOrDefault() ?? primary;
        var name = doc.Get(FieldNames.Name(language), CultureInfo.InvariantCulture) ?? doc.Get(FieldNames.Slug, CultureInfo.InvariantCulture) ?? "";

        string? snippet = null;
        if (plan.IsText && tuning.SnippetLength > 0 && plan.HighlightTerms.TryGetValue(language, out var terms))
        {
            var analyzer = analyzers.ForLanguage(language);
            var body = doc.Get(FieldNames.Body(language), CultureInfo.InvariantCulture);
            var summary = doc.Get(FieldNames.Summary(language), CultureInfo.InvariantCulture);
            snippet = SnippetBuilder.Build(analyzer, FieldNames.Body(language), body, terms, tuning.SnippetLength);
            if (snippet is null || !snippet.Contains("<mark>", StringComparison.Ordinal))
            {
                var fromSummary = SnippetBuilder.Build(analyzer, FieldNames.Summary(language), summary, terms, tuning.SnippetLength);
                snippet = fromSummary is not null && (snippet is null || fromSummary.Contains("<mark>", StringComparison.Ordinal)) ? fromSummary : snippet;
            }
        }

        return new SearchHit(doc.Get(FieldNames.Id, CultureInfo.InvariantCulture), doc.Get(FieldNames.Slug, CultureInfo.InvariantCulture) ?? "", name, hit.Score, snippet);
    }
}
