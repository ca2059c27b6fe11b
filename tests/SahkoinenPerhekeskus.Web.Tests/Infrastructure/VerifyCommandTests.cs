using SahkoinenPerhekeskus.Search;
using SahkoinenPerhekeskus.Web.Cli;

namespace SahkoinenPerhekeskus.Web.Tests.Infrastructure;

/// <summary>The verb the crash bench runs after every kill: integrity, then index = published services in ids and versions.</summary>
public sealed class VerifyCommandTests : IDisposable
{
    private readonly PerhekeskusWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task OnAFreshSite_TheIndexEqualsTheDatabase()
    {
        var (code, output) = await VerifyAsync();

        Assert.Equal(0, code);
        Assert.Contains("database: ok", output, StringComparison.Ordinal);
        Assert.Contains("caught up", output, StringComparison.Ordinal);
        Assert.Contains("missing 0, extra 0, stale 0, duplicated 0", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AServiceChangedBehindTheIndexsBack_IsReportedStale_AndFails()
    {
        var publicId = await WithDbAsync(async db =>
        {
            var service = await db.Services.Where(s => s.Status == PublicationStatus.Published).OrderBy(s => s.Id).FirstAsync();
            // A write that skipped the change rows: what the outbox exists to prevent, and what verify must catch.
            await db.Services.Where(s => s.Id == service.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.UpdatedAt, service.UpdatedAt.AddHours(1)));
            return service.PublicId;
        });

        var (code, output) = await VerifyAsync();

        Assert.Equal(1, code);
        Assert.Contains("stale 1", output, StringComparison.Ordinal);
        Assert.Contains("stale: " + publicId, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADocumentLostFromTheIndex_IsRepairedAsAStartWould_ByARebuild()
    {
        var publicId = await WithDbAsync(db => db.Services.Where(s => s.Status == PublicationStatus.Published).OrderBy(s => s.Id).Select(s => s.PublicId).FirstAsync());
        _factory.Services.GetRequiredService<IServiceIndex>().Delete(publicId);

        var (code, output) = await VerifyAsync();

        Assert.Equal(0, code);
        Assert.Contains("rebuilt (it was stale)", output, StringComparison.Ordinal);
        Assert.Contains(_factory.Services.GetRequiredService<IServiceIndex>().StoredVersions(), v => v.Id == publicId);
    }

    private async Task<(int Code, string Output)> VerifyAsync()
    {
        var output = new StringWriter();
        await using var scope = _factory.Services.CreateAsyncScope();
        var code = await new VerifyCommand().RunAsync(scope.ServiceProvider, [], output, CancellationToken.None);
        return (code, output.ToString());
    }

    private async Task<T> WithDbAsync<T>(Func<PerhekeskusDbContext, Task<T>> action)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<PerhekeskusDbContext>());
    }
}
