using SahkoinenPerhekeskus.Bench;
using SahkoinenPerhekeskus.Bench.Eval;
using SahkoinenPerhekeskus.Bench.Systems;

// Relevance bench: our engine vs PostgreSQL FTS vs Lucene StandardAnalyzer on the judged eval queries.
// Usage: Relevance --site-db FILE [--eval DIR] [--queries FILE] [--split A|B] [--content DIR] [--pg CONNECTION] [--out FILE] [--fallback] [--verbose]
//        --site-db: the SQLite file of a data directory into which the site's import-hsds verb imported the corpus (run.sh does this);
//        [--tune "ScoreFloor=0.1,FeedbackWeight=0;BroadenBelow=5"]  (extra runs of our engine with other SearchTuning values)
var options = Args.Parse(args);
var root = Args.RepositoryRoot();
var evalDir = options.GetValueOrDefault("eval") ?? Path.GetFullPath(Path.Combine(root, "..", "shared", "eval"));
var queriesPath = options.GetValueOrDefault("queries") ?? Path.Combine(evalDir, "queries.dev.json");
var contentPath = options.GetValueOrDefault("content") ?? Path.Combine(root, "content");
var outPath = options.GetValueOrDefault("out") ?? Path.Combine(root, "bench", "results", "relevance.md");

// The bench reads the corpus only as the product's importer stored it (run.sh imports it first).
var siteDb = options.GetValueOrDefault("site-db") ?? throw new ArgumentException("--site-db is required: run bench/relevance/run.sh");
var corpus = await SiteCorpus.LoadAsync(siteDb);
Console.WriteLine($"Corpus as imported by the site: {siteDb}");
// --split A|B: one fixed half of a query set (tune on A only; B is reported, never tuned on).
var split = options.GetValueOrDefault("split");
var queries = EvalQuery.Load(queriesPath).Where(q => split is null || q.Split == split).ToList();
var names = corpus.Documents.ToDictionary(d => d.Id, d => d.Texts[d.PrimaryLanguage].Name ?? d.Id);
Console.WriteLine($"{corpus.Documents.Count} services, {queries.Count} queries from {queriesPath}");

var systems = new List<ISearchSystem> { new OurEngine(contentPath, corpus.MunicipalityCodes, disableVoikko: false) };
foreach (var variant in (options.GetValueOrDefault("tune") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
{
    systems.Add(new OurEngine(contentPath, corpus.MunicipalityCodes, disableVoikko: false, variant));
}

if (options.ContainsKey("fallback"))
{
    systems.Add(new OurEngine(contentPath, corpus.MunicipalityCodes, disableVoikko: true));
}

if (options.GetValueOrDefault("pg") is { } pg)
{
    systems.Add(new PostgresFts(pg, corpus.MunicipalityCodes, orWords: false));
    systems.Add(new PostgresFts(pg, corpus.MunicipalityCodes, orWords: true));
}

systems.Add(new LuceneStandard(corpus.MunicipalityCodes));

var runs = new List<SystemRun>();
foreach (var system in systems)
{
    system.Index(corpus.Documents);
    var rankings = queries.ToDictionary(q => q.Id, q => system.Run(q, 20));
    var scores = queries.Select(q => QueryScore.Compute(q, rankings[q.Id])).ToList();
    runs.Add(new SystemRun(system.Name, SystemSummary.From(system.Name, queries, scores, rankings), scores, rankings));
    if (options.ContainsKey("verbose") && system is OurEngine engine)
    {
        Verbose.Print(engine, queries, names, corpus.MunicipalityCodes);
    }

    system.Dispose();
}

Console.WriteLine();
Console.Write(Report.Summary(runs));
Directory.CreateDirectory(Path.GetDirectoryName(outPath)!);
var kindsPath = options.GetValueOrDefault("kinds") ?? Path.Combine(root, "bench", "relevance", "query-kinds.dev.json");
var kinds = File.Exists(kindsPath) && queriesPath.EndsWith("queries.dev.json", StringComparison.Ordinal)
    ? System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(kindsPath))!.Where(k => !k.Key.StartsWith('_')).ToDictionary()
    : null;
if (kinds is not null)
{
    Console.WriteLine();
    Console.Write(Report.ByKind(runs, kinds));
}

File.WriteAllText(outPath, Report.Markdown(runs, queries, names, Path.GetFileName(queriesPath) + (split is null ? "" : $", split {split}"), kinds));
Console.WriteLine($"Wrote {outPath}");

internal static class Args
{
    public static Dictionary<string, string?> Parse(string[] args)
    {
        var result = new Dictionary<string, string?>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
                result[args[i][2..]] = hasValue ? args[++i] : null;
            }
        }

        return result;
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SahkoinenPerhekeskus.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run inside the repository (SahkoinenPerhekeskus.sln not found).");
    }
}

internal static class Verbose
{
    public static void Print(OurEngine engine, IReadOnlyList<EvalQuery> queries, IReadOnlyDictionary<string, string> names, IReadOnlyDictionary<string, string> codes)
    {
        foreach (var query in queries)
        {
            var results = engine.Raw(query, 10);
            var score = QueryScore.Compute(query, results.Items.Select(i => i.Id).ToList());
            Console.WriteLine($"\n{query.Id} '{query.Text}' [{query.Municipality} {query.AgeYears} {query.Need}] nDCG={score.Ndcg:0.00} total={results.Total} fuzzy={results.UsedFuzzy} dym={results.DidYouMean}");
            Console.WriteLine($"   {engine.Engine.Explain(query.ToSearchQuery(codes, 10))}");
            foreach (var hit in results.Items)
            {
                Console.WriteLine($"   {query.Judgments.GetValueOrDefault(hit.Id)} {hit.Score,7:0.00} {hit.Name}");
            }

            foreach (var missed in query.Judgments.Where(j => results.Items.All(i => i.Id != j.Key)))
            {
                Console.WriteLine($"   missed [{missed.Value}] {names.GetValueOrDefault(missed.Key)}");
            }
        }
    }
}
