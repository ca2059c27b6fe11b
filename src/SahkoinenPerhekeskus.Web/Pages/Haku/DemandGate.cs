using System.Text.RegularExpressions;
using SahkoinenPerhekeskus.Web.Security;

namespace SahkoinenPerhekeskus.Web.Pages.Haku;

/// <summary>What the demand gate knows of a request: nothing of it is stored.</summary>
public sealed record SearchClient(string? UserAgent, bool HasCookie, System.Net.IPAddress? Address)
{
    public static SearchClient From(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return new(http.Request.Headers.UserAgent.ToString(), http.Request.Headers.Cookie.Count > 0, http.Connection.RemoteIpAddress);
    }
}

/// <summary>
/// Keeps programs out of the search-demand indicators, so "what families searched for" is what families searched for.
/// A search is not counted when the user agent is empty or names a crawler or an HTTP library, or when the client has
/// searched faster than a person does: more than <see cref="PersonPerMinute"/> first pages a minute, or
/// <see cref="CookielessPerMinute"/> without any cookie (a crawler keeps none; a person who followed a link may not
/// have one yet). The counters are per process, keyed by <see cref="ClientKeys"/>, and forgotten after a minute.
/// </summary>
public sealed partial class DemandGate(ClientKeys keys, TimeProvider time)
{
    public const int PersonPerMinute = 20;
    public const int CookielessPerMinute = 6;

    private const int PruneAbove = 10_000;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (DateTimeOffset Start, int Count)> _recent = new(StringComparer.Ordinal);

    public bool Counts(SearchClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (string.IsNullOrWhiteSpace(client.UserAgent) || ProgramAgent().IsMatch(client.UserAgent))
        {
            return false;
        }

        if (client.Address is null)
        {
            return true;
        }

        var key = keys.For(client.Address);
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_recent.Count > PruneAbove)
            {
                foreach (var stale in _recent.Where(r => r.Value.Start + Window <= now).Select(r => r.Key).ToList())
                {
                    _recent.Remove(stale);
                }
            }

            (DateTimeOffset Start, int Count) entry = _recent.TryGetValue(key, out var found) && found.Start + Window > now ? found : (now, 0);
            entry.Count++;
            _recent[key] = entry;
            return entry.Count <= (client.HasCookie ? PersonPerMinute : CookielessPerMinute);
        }
    }

    // Crawlers name themselves (bot, spider, crawl…); libraries and tools send their own name and version.
    [GeneratedRegex(@"bot\b|bot/|spider|crawl|slurp|scrap|fetch|monitor|preview|headless|lighthouse|^curl/|^wget/|python|java/|go-http|okhttp|libwww|httpclient|axios|node-fetch|\bphp|ruby|perl|^wrk|apachebench|^ab/|postman|insomnia", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProgramAgent();
}
