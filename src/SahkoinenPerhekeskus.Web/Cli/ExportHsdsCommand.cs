using SahkoinenPerhekeskus.Core.Hsds.Export;

namespace SahkoinenPerhekeskus.Web.Cli;

/// <summary>Writes the published catalogue as one HSDS 3.0 file (docs/hsds-profile.md), the same content as /api/hsds/export.</summary>
public sealed class ExportHsdsCommand : ICommand
{
    public string Verb => "export-hsds";

    public string Usage => "export-hsds <file>   write the published services as an Open Referral HSDS 3.0 file";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, CancellationToken ct)
    {
        if (args.Count != 1)
        {
            await output.WriteLineAsync("Usage: " + Usage);
            return 2;
        }

        var target = Path.GetFullPath(args[0]);
        var temporary = target + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            HsdsExportCounts counts;

            // Written beside the target and moved into place, so a failed export never leaves half a file behind.
            await using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                counts = await services.GetRequiredService<HsdsExporter>().ExportAsync(
                    file, new SynchronousProgress<int>(n => output.Write($"\r  {n} services written")), ct);
            }

            File.Move(temporary, target, overwrite: true);
            await output.WriteLineAsync(
                $"\rExported {counts.Services} services, {counts.Organisations} organisations, {counts.TaxonomyTerms} taxonomy terms "
                + $"in {counts.Taxonomies} taxonomies to {target} ({new FileInfo(target).Length / 1024} KiB).");
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            await Console.Error.WriteLineAsync($"Could not write {target}: {e.Message}");
            return 1;
        }
    }
}
