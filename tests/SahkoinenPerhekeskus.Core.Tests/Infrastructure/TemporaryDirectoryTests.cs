using SahkoinenPerhekeskus.Testing;

namespace SahkoinenPerhekeskus.Core.Tests.Infrastructure;

public sealed class TemporaryDirectoryTests
{
    [Fact]
    public void Dispose_DirectoryWithFiles_DeletesIt()
    {
        string path;
        using (var directory = new TemporaryDirectory("unit"))
        {
            path = directory.Path;
            File.WriteAllText(System.IO.Path.Combine(path, "a.txt"), "x");
            Assert.True(Directory.Exists(path));
        }

        Assert.False(Directory.Exists(path));
    }

    [Fact]
    public void New_TwoInstances_HaveDifferentPaths()
    {
        using var first = new TemporaryDirectory();
        using var second = new TemporaryDirectory();

        Assert.NotEqual(first.Path, second.Path);
    }
}
