using SahkoinenPerhekeskus.Search.Catalogue;

namespace SahkoinenPerhekeskus.Web.Pages.Haku;

/// <param name="Interval">How far this node's index may lag behind a change another node (or a CLI import) committed.</param>
/// <param name="Retention">How long change rows are kept: a node down for longer rebuilds its index when it starts.</param>
public sealed record CatalogueFollowerOptions(TimeSpan Interval, TimeSpan Retention);

/// <summary>
/// Applies the catalogue changes other nodes committed (the outbox rows after this node's index position), so every
/// node's search, structure cache and admin synonyms follow every other. Each tick costs one small query when
/// nothing changed; once an hour it prunes rows older than the retention.
/// </summary>
/// <remarks>On PostgreSQL a NOTIFY (<see cref="CatalogueSignal"/>) wakes it at once; the interval is then the fallback.</remarks>
public sealed partial class CatalogueFollower(
    IServiceScopeFactory scopes, TimeProvider clock, CatalogueFollowerOptions options, CatalogueSignal signal, ILogger<CatalogueFollower> logger) : BackgroundService
{
    private static readonly TimeSpan PruneEvery = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Interval, clock);
        var lastPrune = DateTimeOffset.MinValue;
        try
        {
            Task<bool>? tick = null;
            while (true)
            {
                // One pending tick at a time (PeriodicTimer allows no second waiter); the signal wait ends with the round.
                tick ??= timer.WaitForNextTickAsync(stoppingToken).AsTask();
                using (var round = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
                {
                    var woken = signal.WaitAsync(round.Token);
                    var first = await Task.WhenAny(tick, woken);
                    await round.CancelAsync();
                    if (first == tick)
                    {
                        if (!await tick)
                        {
                            return;
                        }

                        tick = null;
                    }
                }

                var prune = clock.GetUtcNow() - lastPrune > PruneEvery;
                await TickAsync(prune, stoppingToken);
                lastPrune = prune ? clock.GetUtcNow() : lastPrune;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task TickAsync(bool prune, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var catalogue = scope.ServiceProvider.GetRequiredService<CatalogueIndex>();
            var result = await catalogue.CatchUpAsync(ct);
            if (result.Changes > 0)
            {
                LogApplied(logger, result.Changes, result.Services, result.Rebuilt);
            }

            if (prune)
            {
                await catalogue.PruneAsync(options.Retention, ct);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A database hiccup must not stop the follower: searches keep the index as it is and the next tick retries.
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Applied {Changes} catalogue changes ({Services} services, rebuilt: {Rebuilt})")]
    private static partial void LogApplied(ILogger logger, int changes, int services, bool rebuilt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Catching up with the catalogue failed; the index stays as it is until the next try")]
    private static partial void LogFailed(ILogger logger, Exception e);
}
