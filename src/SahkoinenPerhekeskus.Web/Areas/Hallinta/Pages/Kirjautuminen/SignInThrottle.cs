using Microsoft.Extensions.Options;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Kirjautuminen;

/// <summary>
/// Slows password guessing without handing anyone a switch that locks an editor out: a client that fails too often
/// waits (whatever accounts it tries), and an account that fails too often takes one try a minute. Both answer 429
/// with the wait; the stored lockout comes only after <see cref="BackOfficeOptions.LockoutFailures"/>, which one
/// client cannot reach. Counters are per process, keyed by <see cref="Web.Security.ClientKeys"/>, and forgotten after
/// the window; on N nodes each node counts for itself.
/// </summary>
public sealed class SignInThrottle(TimeProvider time, IOptions<BackOfficeOptions> options)
{
    /// <summary>Above this many tracked keys, stale ones are dropped before a new one is added.</summary>
    private const int PruneAbove = 10_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> _failures = new(StringComparer.Ordinal);

    private BackOfficeOptions Options => options.Value;

    private TimeSpan Window => TimeSpan.FromMinutes(Math.Max(1, Options.SignInWindowMinutes));

    /// <summary>How long the client must wait before this try counts, or null when it may try now.</summary>
    /// <param name="client">The client's key, or null when the request has no address (then only the account counts).</param>
    public TimeSpan? WaitFor(string? client, string account)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            TimeSpan? wait = null;
            if (client is not null && Recent(client, now) is { Count: var count } clientFailures && count >= Options.SignInClientFailures)
            {
                wait = clientFailures.Peek() + Window - now;
            }

            if (Recent(account, now) is { Count: var accountCount } accountFailures && accountCount >= Options.SignInAccountFailures)
            {
                var spacing = accountFailures.Last() + TimeSpan.FromSeconds(Options.SignInAccountSpacingSeconds) - now;
                if (spacing > TimeSpan.Zero && (wait is null || spacing > wait))
                {
                    wait = spacing;
                }
            }

            return wait > TimeSpan.Zero ? wait : null;
        }
    }

    public void Failed(string? client, string account)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_failures.Count > PruneAbove)
            {
                foreach (var stale in _failures.Where(f => f.Value.Count == 0 || f.Value.Last() + Window < now).Select(f => f.Key).ToList())
                {
                    _failures.Remove(stale);
                }
            }

            foreach (var key in client is null ? [account] : new[] { client, account })
            {
                Recent(key, now, create: true)!.Enqueue(now);
            }
        }
    }

    /// <summary>A right password clears the account's count; the client's stays, so spraying many accounts still counts.</summary>
    public void Succeeded(string account)
    {
        lock (_gate)
        {
            _failures.Remove(account);
        }
    }

    private Queue<DateTimeOffset>? Recent(string key, DateTimeOffset now, bool create = false)
    {
        if (!_failures.TryGetValue(key, out var queue))
        {
            if (!create)
            {
                return null;
            }

            queue = new Queue<DateTimeOffset>();
            _failures[key] = queue;
        }

        while (queue.Count > 0 && queue.Peek() + Window <= now)
        {
            queue.Dequeue();
        }

        // Only the newest failures matter for either rule; a flood cannot grow the queue without bound.
        while (queue.Count > Math.Max(Options.SignInClientFailures, Options.SignInAccountFailures))
        {
            queue.Dequeue();
        }

        return queue;
    }
}
