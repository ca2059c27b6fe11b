using SahkoinenPerhekeskus.Core.ContentLoading;

namespace SahkoinenPerhekeskus.Web.Cli;

/// <summary>Re-applies content/ (or another folder) to the database; codes and ids match, so nothing duplicates.</summary>
public sealed class ImportContentCommand : ICommand
{
    public string Verb => "import-content";

    public string Usage => "import-content [<content-directory>]   re-apply the shared structure and demo content";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, CancellationToken ct)
    {
        if (args.Count > 1)
        {
            await output.WriteLineAsync("Usage: " + Usage);
            return 2;
        }

        try
        {
            var result = await services.GetRequiredService<ContentLoader>().LoadAsync(args.Count == 1 ? args[0] : null, ct);
            await output.WriteLineAsync(
                $"Content loaded: {result.Municipalities} municipalities, {result.Terms} taxonomy terms, {result.Organisations} organisations, "
                + $"{result.ServiceTypes} service types, {result.Services} services, {result.Pages} pages.");
            await IndexCatchUp.RunAsync(services, output, ct);

            return 0;
        }
        catch (ContentLoadException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
    }
}

/// <summary>
/// After a bulk change: the import's own SaveChanges left outbox rows, so the index catches up with them (updating the
/// services named, or rebuilding when there are many). A running site's follower would do the same within seconds.
/// </summary>
internal static class IndexCatchUp
{
    public static async Task RunAsync(IServiceProvider services, TextWriter output, CancellationToken ct)
    {
        await output.WriteLineAsync("Bringing the search index up to date…");
        var result = await services.GetRequiredService<SahkoinenPerhekeskus.Core.Catalogue.ICatalogueIndex>().CatchUpAsync(ct);
        await output.WriteLineAsync(result.Rebuilt
            ? $"  index rebuilt: {result.Services} services"
            : $"  {result.Services} services re-read from {result.Changes} changes");
    }
}
