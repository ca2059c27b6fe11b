using Microsoft.Extensions.Options;
using SahkoinenPerhekeskus.Core;
using SahkoinenPerhekeskus.Core.Ptv;

namespace SahkoinenPerhekeskus.Web.Cli;

/// <summary>
/// Imports Suomi.fi Service Catalogue (PTV) Open API v11 JSON (docs/adr/0010-ptv-import.md) from a file or directory,
/// or, without an argument, from the configured Perhekeskus:Ptv:Url; prints the report and updates the search index.
/// Exit code 0: imported without rejections; 1: some records rejected or the input refused; 2: usage.
/// </summary>
public sealed class ImportPtvCommand : ICommand
{
    public string Verb => "import-ptv";

    public string Usage => "import-ptv [file-or-directory]   import Suomi.fi PTV services and channels (Open API v11); without a path, from Perhekeskus:Ptv:Url";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, CancellationToken ct)
    {
        if (args.Count > 1)
        {
            await output.WriteLineAsync("Usage: " + Usage);
            return 2;
        }

        var options = services.GetRequiredService<IOptions<PerhekeskusOptions>>().Value.Ptv;
        var mappingFile = options.MappingFile ?? Path.Combine(services.GetRequiredService<DataPaths>().ContentDirectory, "ptv-mapping.json");
        string? downloaded = null;
        PtvImportReport report;
        try
        {
            var mapping = PtvMapping.Load(mappingFile);
            var path = args.Count == 1 ? args[0] : downloaded = await services.GetRequiredService<PtvDownloader>().DownloadAsync(output, ct);
            report = await services.GetRequiredService<PtvImporter>().ImportAsync(path, mapping, ct);
        }
        catch (PtvImportException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
        finally
        {
            if (downloaded is not null)
            {
                Directory.Delete(downloaded, recursive: true);
            }
        }

        await output.WriteLineAsync(report.ToString());
        await IndexCatchUp.RunAsync(services, output, ct);

        return report.ErrorCount == 0 ? 0 : 1;
    }
}
