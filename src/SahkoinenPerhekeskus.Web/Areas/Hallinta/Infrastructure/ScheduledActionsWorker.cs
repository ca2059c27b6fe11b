using Microsoft.Extensions.Options;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Infrastructure;

/// <summary>
/// Runs due scheduled publishes and unpublishes, on one node of a deployment at a time: each tick first renews a
/// database lease (<see cref="JobLeases"/>) for three ticks, so a second node skips, and takes over within three
/// ticks when the holder stops. The timer runs on the injected <see cref="TimeProvider"/>, so tests move time with
/// a FakeTimeProvider instead of waiting.
/// </summary>
public sealed partial class ScheduledActionsWorker(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<BackOfficeOptions> options, ILogger<ScheduledActionsWorker> logger) : BackgroundService
{
    public const string LeaseName = "scheduled-actions";

    private TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1, options.Value.SchedulerIntervalSeconds));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            do
            {
                await RunOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task RunOnceAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            if (!await scope.ServiceProvider.GetRequiredService<JobLeases>().TryHoldAsync(LeaseName, Interval * 3, ct))
            {
                return;
            }

            await scope.ServiceProvider.GetRequiredService<ServiceScheduler>().RunDueAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One failing run must not stop the scheduler; the action stays due and is retried next tick.
            LogFailed(logger, e);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<JobLeases>().ReleaseAsync(LeaseName, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The lease then lapses by itself within three ticks.
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled publishing failed; retrying at the next tick")]
    private static partial void LogFailed(ILogger logger, Exception e);
}
