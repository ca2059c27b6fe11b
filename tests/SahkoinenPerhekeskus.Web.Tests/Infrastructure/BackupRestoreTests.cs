using SahkoinenPerhekeskus.Testing;
using SahkoinenPerhekeskus.Web.Cli;

namespace SahkoinenPerhekeskus.Web.Tests.Infrastructure;

/// <summary>The backup and restore verbs on a real SQLite file, the way an operator runs them.</summary>
public sealed class BackupRestoreTests : IDisposable
{
    private readonly PerhekeskusWebFactory _factory = new();
    private readonly TemporaryDirectory _backups = new("backups");

    public void Dispose()
    {
        _factory.Dispose();
        _backups.Dispose();
    }

    [Fact]
    public async Task Restore_PutsTheBackupBack_KeepsTheCurrentDatabase_AndRebuildsTheIndex()
    {
        var file = Path.Combine(_backups.Path, "a.db");
        Assert.Equal(0, await RunAsync(new BackupCommand(), file));
        var word = "qz" + Guid.NewGuid().ToString("N")[..8];
        await PublishAsync(word);
        Assert.Equal(1, await FoundAsync(word));

        var output = new StringWriter();
        Assert.Equal(0, await RunAsync(new RestoreCommand(), file, output));

        Assert.Equal(0, await FoundAsync(word));
        Assert.False(await WithDbAsync(db => db.Services.AnyAsync(s => s.Name.Fi.Contains(word))));
        Assert.True(await FoundAsync("neuvola") > 0);
        var kept = Assert.Single(Directory.GetFiles(_factory.DataDirectory, "perhekeskus.db.before-restore-*"));
        Assert.Null(await RestoreCommand.CheckBackupAsync(kept, CancellationToken.None));
        Assert.Contains("Search index rebuilt", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BackupTakenDuringWrites_RestoresToAConsistentState()
    {
        var file = Path.Combine(_backups.Path, "busy.db");
        _ = _factory.Services; // start the app once, before two threads reach for it
        using var stop = new CancellationTokenSource();
        var writes = Task.Run(async () =>
        {
            for (var i = 0; i < 40 && !stop.IsCancellationRequested; i++)
            {
                await PublishAsync("qzbusy" + i);
            }
        });
        await Task.Delay(300);
        Assert.Equal(0, await RunAsync(new BackupCommand(), file));
        await stop.CancelAsync();
        await writes;

        Assert.Equal(0, await RunAsync(new RestoreCommand(), file));

        // Every service is whole: a published service has its published version, and the index holds exactly them.
        var (published, withVersion) = await WithDbAsync(async db =>
        {
            var ours = db.Services.Where(s => s.Name.Fi.StartsWith("Palvelu qzbusy") && s.Status == PublicationStatus.Published);
            return (await ours.CountAsync(), await ours.CountAsync(s => db.ServiceVersions.Any(v => v.ServiceId == s.Id && v.State == VersionState.Published)));
        });
        Assert.Equal(published, withVersion);
        var catalogue = await WithScopeAsync(sp => sp.GetRequiredService<Search.Catalogue.CatalogueIndex>().PublishedCountAsync(CancellationToken.None));
        Assert.Equal(catalogue, _factory.Services.GetRequiredService<Search.IServiceIndex>().Status.DocumentCount);
    }

    [Theory]
    [InlineData("not sqlite", "not an SQLite database")]
    [InlineData("", "not a backup of this site's database")]
    public async Task Restore_OfAFileThatIsNoBackup_ChangesNothing(string content, string reason)
    {
        var file = Path.Combine(_backups.Path, "bad.db");
        await File.WriteAllTextAsync(file, content);
        var before = await WithDbAsync(db => db.Services.CountAsync());

        Assert.Equal(1, await RunAsync(new RestoreCommand(), file));

        Assert.Contains(reason, await RestoreCommand.CheckBackupAsync(file, CancellationToken.None), StringComparison.Ordinal);
        Assert.Equal(before, await WithDbAsync(db => db.Services.CountAsync()));
        Assert.Empty(Directory.GetFiles(_factory.DataDirectory, "perhekeskus.db.before-restore-*"));
    }

    private Task<int> RunAsync(ICommand command, string file, TextWriter? output = null) =>
        WithScopeAsync(sp => command.RunAsync(sp, [file], output ?? new StringWriter(), CancellationToken.None));

    private async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    private Task<T> WithDbAsync<T>(Func<PerhekeskusDbContext, Task<T>> action) =>
        WithScopeAsync(sp => action(sp.GetRequiredService<PerhekeskusDbContext>()));

    private Task PublishAsync(string word) => CatalogueProbe.PublishAsync(_factory, word);

    private Task<int> FoundAsync(string text) => CatalogueProbe.FoundAsync(_factory, text, StringComparison.OrdinalIgnoreCase);
}
