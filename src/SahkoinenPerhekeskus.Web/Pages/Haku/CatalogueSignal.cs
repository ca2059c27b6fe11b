using System.Threading.Channels;
using Npgsql;

namespace SahkoinenPerhekeskus.Web.Pages.Haku;

/// <summary>"Another node committed catalogue changes": wakes the <see cref="CatalogueFollower"/> before its next poll.</summary>
public sealed class CatalogueSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _channel.Writer.TryWrite(true);

    /// <summary>Completes when a signal is waiting (and takes it) or when <paramref name="ct"/> is cancelled.</summary>
    public async Task WaitAsync(CancellationToken ct)
    {
        await _channel.Reader.WaitToReadAsync(ct);
        _channel.Reader.TryRead(out _);
    }
}

/// <summary>
/// LISTENs on PostgreSQL for the NOTIFY every catalogue write sends (<see cref="PostgresPerhekeskusDbContext"/>), so
/// a write on any node or by a CLI verb is searchable here within a second. When the connection drops it reconnects
/// after a pause; until then the follower's polling keeps the index current.
/// </summary>
public sealed partial class PostgresCatalogueListener(string connectionString, CatalogueSignal signal, ILogger<PostgresCatalogueListener> logger) : BackgroundService
{
    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, _) => signal.Notify();
                await using (var listen = new NpgsqlCommand("LISTEN " + PostgresPerhekeskusDbContext.ChangeChannel, connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                // Changes committed while this connection was away: one catch-up now.
                signal.Notify();
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or System.IO.IOException)
            {
                LogLost(logger, e);
                await Task.Delay(Reconnect, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for catalogue changes failed; polling only until it reconnects")]
    private static partial void LogLost(ILogger logger, Exception e);
}
