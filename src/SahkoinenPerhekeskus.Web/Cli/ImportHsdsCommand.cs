using SahkoinenPerhekeskus.Core.Hsds.Import;

namespace SahkoinenPerhekeskus.Web.Cli;

/// <summary>
/// Imports an HSDS 3.0 file (docs/adr/0004-hsds-import.md), prints the report with per-record errors and rebuilds
/// the search index. Exit code 0: imported without rejections; 1: some records rejected or the file refused; 2: usage.
/// </summary>
public sealed class ImportHsdsCommand : ICommand
{
    public string Verb => "import-hsds";

    public const string AcceptVersionOption = "--accept-version";

    public string Usage => "import-hsds <file> [--accept-version]   import an Open Referral HSDS 3.0 file (services keep their HSDS ids); --accept-version reads another hsds_version as 3.0";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, CancellationToken ct)
    {
        var acceptVersion = args.Contains(AcceptVersionOption, StringComparer.Ordinal);
        args = [.. args.Where(a => a != AcceptVersionOption)];
        if (args.Count != 1)
        {
            await output.WriteLineAsync("Usage: " + Usage);
            return 2;
        }

        if (!File.Exists(args[0]))
        {
            await Console.Error.WriteLineAsync($"{args[0]}: no such file.");
            return 2;
        }

        HsdsImportReport report;
        try
        {
            await using var file = new FileStream(args[0], FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
            var lastLine = DateTime.MinValue;
            var progress = new SynchronousProgress<HsdsProgress>(p =>
            {
                // One line a second at most: a 200 MB file reports tens of thousands of times.
                if (DateTime.UtcNow - lastLine > TimeSpan.FromSeconds(1))
                {
                    lastLine = DateTime.UtcNow;
                    output.Write($"\r  {p.Section}: {p.Records} records, {p.BytesRead / (1024 * 1024)} MB" + (p.TotalBytes is { } t ? $" of {t / (1024 * 1024)} MB" : ""));
                }
            });
            report = await services.GetRequiredService<HsdsImporter>().ImportAsync(file, progress, acceptVersion, ct);
            await output.WriteLineAsync();
        }
        catch (HsdsImportException e)
        {
            await output.WriteLineAsync();
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }

        await output.WriteLineAsync(report.ToString());
        await IndexCatchUp.RunAsync(services, output, ct);

        return report.ErrorCount == 0 ? 0 : 1;
    }
}

/// <summary>Reports on the caller's thread, so the console lines come in order (Progress&lt;T&gt; posts to the pool).</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
