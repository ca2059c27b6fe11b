using SahkoinenPerhekeskus.Core.Catalogue;

namespace SahkoinenPerhekeskus.Web.Pages.Haku;

/// <param name="Interval">How stale another node's admin synonyms may be; the node that saved them is current at once.</param>
public sealed record SynonymRefreshOptions(TimeSpan Interval);

/// <summary>
/// Keeps this node's admin synonyms in step with the database when another node saved them. Each tick costs one
/// small query (the rules' stamp); the rules themselves are read only when the stamp changed.
/// </summary>
public sealed partial class SynonymRefreshWorker(
    IServiceScopeFactory scopes, TimeProvider clock, SynonymRefreshOptions options, ILogger<SynonymRefreshWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RefreshOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task RefreshOnceAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ICatalogueIndex>().SynonymsChangedAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A database hiccup must not stop the refresh: searches keep the last set and the next tick tries again.
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the admin synonyms failed; searches keep the previous set until the next try")]
    private static partial void LogFailed(ILogger logger, Exception e);
}
