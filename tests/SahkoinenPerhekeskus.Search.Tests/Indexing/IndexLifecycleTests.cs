namespace SahkoinenPerhekeskus.Search.Tests.Indexing;

public sealed class IndexLifecycleTests : IDisposable
{
    private readonly TempIndexFolder _folder = new();

    [Fact]
    public void NeedsRebuild_NewDirectory_ReturnsTrueUntilRebuilt()
    {
        using var index = new ServiceIndex(TestEnvironment.Options(_folder.Path));
        Assert.True(index.NeedsRebuild("1"));

        index.Rebuild(Docs.Catalogue());

        Assert.False(index.NeedsRebuild("1"));
        Assert.Equal(6, index.Status.DocumentCount);
        Assert.Equal("1", index.Status.VersionStamp);
    }

    [Fact]
    public void NeedsRebuild_OtherStamp_ReturnsTrue()
    {
        using var index = new ServiceIndex(TestEnvironment.Options(_folder.Path));
        index.Rebuild(Docs.Catalogue());

        Assert.True(index.NeedsRebuild("2"));
    }

    [Fact]
    public void NeedsRebuild_BuiltByOtherAnalyser_ReturnsTrue()
    {
        using (var voikko = new ServiceIndex(TestEnvironment.Options(_folder.Path)))
        {
            voikko.Rebuild(Docs.Catalogue());
        }

        using var fallback = new ServiceIndex(TestEnvironment.Options(_folder.Path, disableVoikko: true));
        Assert.True(fallback.NeedsRebuild("1"));
    }

    [Fact]
    public void Reopen_AfterIndexDirectoryDeleted_NeedsRebuildAndRebuildRestoresSearch()
    {
        using (var first = new ServiceIndex(TestEnvironment.Options(_folder.Path)))
        {
            first.Rebuild(Docs.Catalogue());
        }

        Directory.Delete(_folder.Path, recursive: true);
        using var index = new ServiceIndex(TestEnvironment.Options(_folder.Path));
        Assert.True(index.NeedsRebuild("1"));
        Assert.Equal(0, index.Search(new SearchQuery { Text = "neuvola" }).Total);

        index.Rebuild(Docs.Catalogue());

        Assert.False(index.NeedsRebuild("1"));
        Assert.Equal(2, index.Search(new SearchQuery { Text = "neuvola" }).Items.Count(h => h.Id.StartsWith("neuvola", StringComparison.Ordinal)));
    }

    [Fact]
    public void Running_IndexDirectoryDeleted_NeedsRebuildAndRebuildRestoresSearch()
    {
        using var index = new ServiceIndex(TestEnvironment.Options(_folder.Path));
        index.Rebuild(Docs.Catalogue());

        Directory.Delete(_folder.Path, recursive: true);
        Assert.True(index.NeedsRebuild("1"));

        index.Rebuild(Docs.Catalogue());
        Assert.False(index.NeedsRebuild("1"));
        Assert.Contains(index.Search(new SearchQuery { Text = "kriisipuhelin" }).Items, h => h.Id == "kriisipuhelin");
    }

    [Theory]
    [InlineData(".si")]
    [InlineData(".cfs")]
    [InlineData("segments_")]
    public void Reopen_SegmentFileOverwrittenWithGarbage_NeedsRebuildAndRebuildWorks(string filePattern)
    {
        using (var first = new ServiceIndex(TestEnvironment.Options(_folder.Path)))
        {
            first.Rebuild(Docs.Catalogue());
        }

        var victim = Directory.GetFiles(_folder.Path).First(f => Path.GetFileName(f).Contains(filePattern, StringComparison.Ordinal));
        File.WriteAllBytes(victim, Enumerable.Range(0, 4096).Select(i => (byte)(i * 37)).ToArray());

        using var index = new ServiceIndex(TestEnvironment.Options(_folder.Path));
        Assert.True(index.NeedsRebuild("1"));

        index.Rebuild(Docs.Catalogue());

        Assert.False(index.NeedsRebuild("1"));
        Assert.Contains(index.Search(new SearchQuery { Text = "koulukuraattori" }).Items, h => h.Id == "kuraattori-lieksa");
    }

    [Fact]
    public void Upsert_NewDocument_IsSearchableImmediately()
    {
        using var index = new ServiceIndex(TestEnvironment.Options(_folder.Path));
        index.Rebuild(Docs.Catalogue());

        index.Upsert(Docs.Fi("imetys", "Imetystukiryhmä", "Vertaistukea imetykseen.") with { MunicipalityCodes = ["167"] });

        Assert.Equal("imetys", index.Search(new SearchQuery { Text = "imetys" }).Items[0].Id);
        Assert.False(index.NeedsRebuild("1"));
    }

    [Fact]
    public void Upsert_ExistingId_ReplacesDocument()
    {
        using var index = new ServiceIndex(TestEnvironment.Options(_folder.Path));
        index.Rebuild(Docs.Catalogue());

        index.Upsert(Docs.Fi("kriisipuhelin", "Kriisilinja", "Uusi nimi.") with { Nationwide = true });

        Assert.Equal(6, index.Status.DocumentCount);
        Assert.Equal("Kriisilinja", Assert.Single(index.Search(new SearchQuery { Text = "kriisilinja" }).Items).Name);
    }

    [Fact]
    public void Delete_ExistingId_DisappearsFromResults()
    {
        using var index = new ServiceIndex(TestEnvironment.Options(_folder.Path));
        index.Rebuild(Docs.Catalogue());

        index.Delete("kriisipuhelin");

        Assert.DoesNotContain(index.Search(new SearchQuery { Text = "kriisipuhelin" }).Items, h => h.Id == "kriisipuhelin");
        Assert.Equal(5, index.Status.DocumentCount);
    }

    [Fact]
    public void Apply_UpsertsDeletesAndPosition_SurviveAReopenTogether()
    {
        using (var index = new ServiceIndex(TestEnvironment.Options(_folder.Path)))
        {
            index.Rebuild(Docs.Catalogue(), position: 7);
            Assert.Equal(7, index.AppliedChange);

            index.Apply([Docs.Fi("imetys", "Imetystukiryhmä", "Vertaistukea imetykseen.") with { MunicipalityCodes = ["167"] }], ["kriisipuhelin"], 42);
        }

        using var reopened = new ServiceIndex(TestEnvironment.Options(_folder.Path));
        Assert.Equal(42, reopened.AppliedChange);
        Assert.Equal(6, reopened.Status.DocumentCount);
        Assert.Equal("imetys", reopened.Search(new SearchQuery { Text = "imetys" }).Items[0].Id);
        Assert.DoesNotContain(reopened.Search(new SearchQuery { Text = "kriisipuhelin" }).Items, h => h.Id == "kriisipuhelin");
        Assert.False(reopened.NeedsRebuild("1"));
    }

    [Fact]
    public void Status_VoikkoInstalled_ReportsVoikko()
    {
        using var index = new ServiceIndex(TestEnvironment.Options(_folder.Path));
        Assert.Equal("voikko", index.Status.Analyser);
    }

    [Fact]
    public void Status_VoikkoDisabled_ReportsFallbackAndStillFindsCompounds()
    {
        using var index = new ServiceIndex(TestEnvironment.Options(_folder.Path, disableVoikko: true));
        index.Rebuild(Docs.Catalogue());

        Assert.Equal("fallback", index.Status.Analyser);
        Assert.Contains(index.Search(new SearchQuery { Text = "kuraattorille" }).Items, h => h.Id == "kuraattori-lieksa");
    }

    [Fact]
    public void Search_ConcurrentWithUpserts_NeverFails()
    {
        using var index = new ServiceIndex(TestEnvironment.Options(_folder.Path));
        index.Rebuild(Docs.Catalogue());

        Parallel.For(0, 40, i =>
        {
            if (i % 4 == 0)
            {
                index.Upsert(Docs.Fi($"extra-{i}", $"Perhekerho {i}", "Kerho perheille.") with { Nationwide = true });
            }
            else
            {
                Assert.NotEmpty(index.Search(new SearchQuery { Text = "neuvola" }).Items);
            }
        });

        Assert.Equal(16, index.Status.DocumentCount);
    }

    public void Dispose() => _folder.Dispose();
}
