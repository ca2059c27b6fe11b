namespace SahkoinenPerhekeskus.BrowserTests.Infrastructure;

/// <summary>
/// Browser tests share one site and one Chromium, and run one at a time: <c>[Collection(BrowserCollection.Name)]</c>.
/// </summary>
[CollectionDefinition(Name)]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "An xunit collection definition.")]
public sealed class BrowserCollection : ICollectionFixture<SiteFixture>, ICollectionFixture<BrowserFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Browser";
}
