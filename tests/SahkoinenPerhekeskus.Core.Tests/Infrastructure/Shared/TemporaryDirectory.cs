namespace SahkoinenPerhekeskus.Testing;

/// <summary>A uniquely named directory under the system temp folder, deleted with everything in it on dispose.</summary>
public sealed class TemporaryDirectory : IDisposable
{
    /// <summary>Creates <c>$TMPDIR/perhekeskus-tests/&lt;prefix&gt;-&lt;guid&gt;</c>.</summary>
    public TemporaryDirectory(string prefix = "test")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "perhekeskus-tests", $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    /// <summary>The directory's full path.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Path))
            {
                Directory.Delete(Path, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still held open (a SQLite pool, a Lucene lock) must not fail the test run; the OS temp cleanup gets it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
