using SahkoinenPerhekeskus.Search;
using SahkoinenPerhekeskus.Search.Catalogue;

namespace SahkoinenPerhekeskus.Web.Cli;

/// <summary>Rebuilds the search index from the database, showing progress.</summary>
public sealed class ReindexCommand : ICommand
{
    public string Verb => "reindex";

    public string Usage => "reindex   rebuild the search index from the database";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, CancellationToken ct)
    {
        if (args.Count > 0)
        {
            await output.WriteLineAsync("Usage: " + Usage);
            return 2;
        }

        var catalogue = services.GetRequiredService<CatalogueIndex>();
        var count = await catalogue.PublishedCountAsync(ct);
        var index = services.GetRequiredService<IServiceIndex>();
        await output.WriteLineAsync($"Indexing {count} published services with the {index.Status.Analyser} analyser…");
        var started = System.Diagnostics.Stopwatch.StartNew();
        await catalogue.RebuildAsync(new Progress<int>(n => output.Write($"\r  {n}/{count}")), ct);
        await output.WriteLineAsync($"\rIndexed {index.Status.DocumentCount} services in {started.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }
}
