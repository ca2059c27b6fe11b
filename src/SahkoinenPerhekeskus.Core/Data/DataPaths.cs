namespace SahkoinenPerhekeskus.Core.Data;

/// <summary>Resolves where the data directory and the content folder are on this machine.</summary>
public sealed class DataPaths
{
    public DataPaths(PerhekeskusOptions options)
    {
        DataDirectory = Path.GetFullPath(options.DataDirectory);
        ContentDirectory = options.ContentDirectory is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : FindContentDirectory();
        MediaDirectory = Path.GetFullPath(options.MediaDirectory is { Length: > 0 } media ? media : Path.Combine(DataDirectory, "media"));
    }

    public string DataDirectory { get; }
    public string ContentDirectory { get; }
    public string SqliteFile => Path.Combine(DataDirectory, "perhekeskus.db");
    public string IndexDirectory => Path.Combine(DataDirectory, "index");
    public string MediaDirectory { get; }
    public string KeysDirectory => Path.Combine(DataDirectory, "keys");

    public void EnsureCreated()
    {
        Directory.CreateDirectory(DataDirectory);
        Directory.CreateDirectory(MediaDirectory);
    }

    // The content folder sits at the repository root; the app may run from bin/ or from a test's output.
    private static string FindContentDirectory()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "content");
                if (File.Exists(Path.Combine(candidate, "region.json")))
                {
                    return candidate;
                }
            }
        }

        return Path.GetFullPath("content");
    }
}
