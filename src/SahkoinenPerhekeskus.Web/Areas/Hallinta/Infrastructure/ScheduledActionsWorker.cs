using Microsoft.Extensions.Options;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Infrastructure;

/// <summary>
/// Runs due scheduled publishes and unpublishes. The timer runs on the injected <see cref="TimeProvider"/>, so
/// tests move time with a FakeTimeProvider instead of waiting.
/// </summary>
public sealed partial class ScheduledActionsWorker(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<BackOfficeOptions> options, ILogger<ScheduledActionsWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.SchedulerIntervalSeconds)), clock);
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
            await scope.ServiceProvider.GetRequiredService<ServiceScheduler>().RunDueAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One failing run must not stop the scheduler; the action stays due and is retried next tick.
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled publishing failed; retrying at the next tick")]
    private static partial void LogFailed(ILogger logger, Exception e);
}
