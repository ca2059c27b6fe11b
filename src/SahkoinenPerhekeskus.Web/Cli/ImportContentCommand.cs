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
            foreach (var hook in services.GetServices<IAfterCatalogueChange>())
            {
                await hook.CatalogueChangedAsync(output, ct);
            }

            return 0;
        }
        catch (ContentLoadException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
    }
}

/// <summary>Work to do after a bulk change of the catalogue, such as rebuilding the search index.</summary>
public interface IAfterCatalogueChange
{
    Task CatalogueChangedAsync(TextWriter output, CancellationToken ct);
}
