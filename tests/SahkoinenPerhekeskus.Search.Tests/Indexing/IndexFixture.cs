namespace SahkoinenPerhekeskus.Search.Tests.Indexing;

/// <summary>One Voikko-analysed index over <see cref="Docs.Catalogue"/>, shared by read-only tests.</summary>
public sealed class IndexFixture : IDisposable
{
    private readonly TempIndexFolder _folder = new();

    public IndexFixture()
    {
        Index = new ServiceIndex(TestEnvironment.Options(_folder.Path));
        Index.Rebuild(Docs.Catalogue());
    }

    public ServiceIndex Index { get; }

    public void Dispose()
    {
        Index.Dispose();
        _folder.Dispose();
    }
}
