using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging.Abstractions;
using SahkoinenPerhekeskus.Core.Ptv;

using SahkoinenPerhekeskus.Core.Tests.Hsds.Import;

namespace SahkoinenPerhekeskus.Core.Tests.Ptv;

/// <summary>The HSDS tests' North Karelia database, with PTV imports run the way the CLI runs them (a fresh context each).</summary>
public sealed class PtvTestRegion : IDisposable
{
    public static readonly PtvMapping Mapping = PtvMapping.Load(Fixture("ptv-mapping.test.json"));

    private readonly List<string> _temporary = [];

    public HsdsTestRegion Region { get; } = new();

    public PerhekeskusDbContext NewContext() => Region.NewContext();

    public async Task<PtvImportReport> ImportAsync(string path, PtvMapping? mapping = null)
    {
        await using var db = Region.NewContext();
        return await new PtvImporter(db, Region.Time, NullLogger<PtvImporter>.Instance).ImportAsync(path, mapping ?? Mapping, CancellationToken.None);
    }

    /// <summary>Writes the texts as files of a new directory (name → content) and imports it.</summary>
    public Task<PtvImportReport> ImportFilesAsync(params (string Name, string Json)[] files) => ImportAsync(Directory(files));

    public Task<PtvImportReport> ImportTextAsync(string json) => ImportAsync(Directory(("input.json", json)));

    public string Directory(params (string Name, string Json)[] files)
    {
        var dir = System.IO.Directory.CreateTempSubdirectory("ptv-test-").FullName;
        _temporary.Add(dir);
        foreach (var (name, json) in files)
        {
            File.WriteAllText(Path.Combine(dir, name), json);
        }

        return dir;
    }

    /// <summary>Services, organisations and channels as one comparable value: a refused input must leave it unchanged.</summary>
    public (int Services, int Organisations, int Channels, int Hours) Counts()
    {
        using var db = Region.NewContext();
        return (db.Services.Count(), db.Organisations.Count(), db.ServiceChannels.Count(), db.OpeningHours.Count());
    }

    public static string Fixture(string name) => Path.Combine(Path.GetDirectoryName(SourceFile())!, "Fixtures", name);

    private static string SourceFile([CallerFilePath] string path = "") => path;

    public void Dispose()
    {
        Region.Dispose();
        foreach (var dir in _temporary)
        {
            System.IO.Directory.Delete(dir, recursive: true);
        }
    }
}
