using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SahkoinenPerhekeskus.Core.Feedback;

public sealed record RetentionResult(int TextsDeleted, int DemandRowsDeleted);

/// <summary>
/// Deletes free texts older than <see cref="FeedbackOptions.TextRetentionMonths"/> (the yes/no answer stays) and
/// search-demand counts older than <see cref="FeedbackOptions.DemandRetentionMonths"/>, with revealed terms no
/// longer counted on any remaining day.
/// </summary>
public sealed class FeedbackRetention(PerhekeskusDbContext db, TimeProvider time, IOptions<FeedbackOptions> options)
{
    public async Task<RetentionResult> PurgeAsync(CancellationToken ct)
    {
        var today = FinnishDay.Today(time);
        var textCutoff = today.AddMonths(-options.Value.TextRetentionMonths);
        var demandCutoff = today.AddMonths(-options.Value.DemandRetentionMonths);

        var texts = await db.Set<FeedbackEntry>().Where(f => f.Text != null && f.Day < textCutoff)
            .ExecuteUpdateAsync(u => u.SetProperty(f => f.Text, (string?)null), ct);
        var rows = await db.Set<SearchDayCount>().Where(c => c.Day < demandCutoff).ExecuteDeleteAsync(ct)
            + await db.Set<SearchFilterDayCount>().Where(c => c.Day < demandCutoff).ExecuteDeleteAsync(ct)
            + await db.Set<SearchTermDayCount>().Where(c => c.Day < demandCutoff).ExecuteDeleteAsync(ct);
        rows += await db.Set<SearchTerm>()
            .Where(t => !db.Set<SearchTermDayCount>().Any(c => c.TermHash == t.TermHash))
            .ExecuteDeleteAsync(ct);
        return new RetentionResult(texts, rows);
    }
}

/// <summary>Runs <see cref="FeedbackRetention"/> at start-up and then every <see cref="FeedbackOptions.RetentionInterval"/>.</summary>
public sealed partial class FeedbackRetentionJob(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<FeedbackOptions> options,
    ILogger<FeedbackRetentionJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await RunOnceAsync(stoppingToken);
            try
            {
                await Task.Delay(options.Value.RetentionInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One purge in its own scope; a failure is logged and retried at the next interval.</summary>
    public async Task RunOnceAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<FeedbackRetention>().PurgeAsync(ct);
            LogPurged(logger, result.TextsDeleted, result.DemandRowsDeleted);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Feedback retention: {Texts} free texts and {Rows} search-demand rows deleted")]
    private static partial void LogPurged(ILogger logger, int texts, int rows);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feedback retention failed; it will run again at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception e);
}
