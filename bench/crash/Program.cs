using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SahkoinenPerhekeskus.Bench.Crash;
using SahkoinenPerhekeskus.Bench.Soak;

// Crash bench: kill -9 the site (and an import) at a random moment while it publishes, runs a scheduled publish or
// imports HSDS; after each kill `verify` must pass (integrity, index = database) and no acknowledged write may be lost.
var o = CrashOptions.Parse(args);
var random = new Random(o.Seed);
var site = new Site(o.Dll, o.Environment, o.Url, Path.Combine(o.Work, "site.log"));
var ledger = new Ledger();
var results = new List<Trial>();
using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
var helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

AppDomain.CurrentDomain.UnhandledException += (_, _) => site.KillAsync().GetAwaiter().GetResult();
await site.StartAsync(seed: true);
var password = "Crash-" + Guid.NewGuid().ToString("N")[..12] + "-7x";
var (created, userLog) = await site.VerbWithInputAsync(password, "create-user", "crash-editor@example.invalid", "--role", "regional-admin");
if (created != 0)
{
    throw new InvalidOperationException("create-user failed: " + userLog);
}

var (exported, exportLog) = await site.VerbAsync(o.Work, "export-hsds", "export.json");
if (exported != 0)
{
    throw new InvalidOperationException("export-hsds failed: " + exportLog);
}

for (var i = 1; i <= o.Trials; i++)
{
    using var editor = new Editor(o.Url);
    await editor.SignInAsync("crash-editor@example.invalid", password);
    var ids = (await editor.ServiceIdsAsync()).Take(12).ToList();
    var kind = (i % 10) switch { 0 => "scheduled", 3 or 6 or 9 => "import", _ => "publish" };
    var delay = TimeSpan.FromMilliseconds(random.Next(200, 3000));
    var clock = Stopwatch.StartNew();
    Process? import = null;
    using var stop = new CancellationTokenSource();
    Task work = Task.CompletedTask;
    switch (kind)
    {
        case "publish":
            work = Task.Run(async () =>
            {
                for (var k = 0; !stop.IsCancellationRequested; k++)
                {
                    var id = ids[random.Next(ids.Count)];
                    var token = Tokens.Next(random);
                    ledger.Sent(id, token);
                    if (await Try(() => editor.PublishAsync(id, token)) is null)
                    {
                        ledger.Acked(id, token);
                    }
                }
            });
            break;
        case "scheduled":
            // Each draft due three seconds after it is scheduled; the worker runs every second, so the kill lands before,
            // during or after the publish.
            foreach (var id in ids.Take(3))
            {
                var token = Tokens.Next(random);
                ledger.Sent(id, token);
                var due = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow.AddSeconds(3), helsinki).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
                var error = await Try(() => editor.SaveDraftAsync(id, token)) ?? await Try(() => editor.SchedulePublishAsync(id, due));
                if (error is null)
                {
                    ledger.Acked(id, token);
                }
                else
                {
                    Console.WriteLine("  scheduled: " + error);
                }
            }

            clock.Restart();
            delay = TimeSpan.FromMilliseconds(random.Next(1000, 4000));
            break;
        case "import":
            var file = Path.Combine(o.Work, "import.json");
            Hsds.WithToken(Path.Combine(o.Work, "export.json"), file, Tokens.Next(random));
            import = site.StartVerb(o.Work, "import-hsds", "import.json");
            // The verb needs a few seconds to start and migrate before it writes; the kill should land in its writes.
            delay = TimeSpan.FromMilliseconds(random.Next(2500, 9000));
            break;
    }

    await Task.Delay(delay - clock.Elapsed > TimeSpan.Zero ? delay - clock.Elapsed : TimeSpan.Zero);
    import?.Kill(entireProcessTree: true);
    await site.KillAsync();
    await stop.CancelAsync();
    await Task.WhenAny(work, Task.Delay(TimeSpan.FromSeconds(15)));

    var verifyClock = Stopwatch.StartNew();
    var (code, output) = await site.VerbAsync(o.Work, "verify");
    var verifySeconds = verifyClock.Elapsed.TotalSeconds;
    var restartClock = Stopwatch.StartNew();
    await site.StartAsync(seed: false);
    var restartSeconds = restartClock.Elapsed.TotalSeconds;
    var lost = await ledger.LostAsync(http, o.Url);
    var trial = new Trial(i, kind, delay, code, Summary(output), verifySeconds, restartSeconds, ledger.TakeAcked(), lost);
    results.Add(trial);
    Console.WriteLine($"trial {i,3} {kind,-9} kill at {delay.TotalMilliseconds,5:0} ms: verify {code} ({trial.Verify}); acked {trial.Acked}, lost {lost.Count}");
}

await site.KillAsync();
File.WriteAllText(o.Out, CrashReport.Markdown(o, results));
return results.All(r => r.VerifyCode == 0 && r.Lost.Count == 0) ? 0 : 1;

static async Task<string?> Try(Func<Task<string?>> action)
{
    try
    {
        return await action();
    }
    catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException or IOException)
    {
        return e.Message;
    }
}

static string Summary(string output) =>
    string.Join(" | ", output.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("database:", StringComparison.Ordinal) || l.StartsWith("index:", StringComparison.Ordinal) || l.StartsWith("missing:", StringComparison.Ordinal) || l.StartsWith("stale:", StringComparison.Ordinal) || l.StartsWith("extra:", StringComparison.Ordinal)));

namespace SahkoinenPerhekeskus.Bench.Crash
{
    public sealed record Trial(int Number, string Kind, TimeSpan KilledAfter, int VerifyCode, string Verify, double VerifySeconds, double RestartSeconds, int Acked, IReadOnlyList<string> Lost);

    /// <summary>What each service was sent and what the site acknowledged, since the last check.</summary>
    public sealed class Ledger
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<int, (string? Acked, List<string> InFlight)> _services = [];
        private int _acked;

        public void Sent(int id, string token)
        {
            lock (_gate)
            {
                var entry = _services.GetValueOrDefault(id, (null, []));
                entry.InFlight.Add(token);
                _services[id] = entry;
            }
        }

        public void Acked(int id, string token)
        {
            lock (_gate)
            {
                _services[id] = (token, []);
                _acked++;
            }
        }

        public int TakeAcked()
        {
            lock (_gate)
            {
                var n = _acked;
                _acked = 0;
                return n;
            }
        }

        /// <summary>
        /// Services whose last acknowledged word the restarted site does not find, nor any word sent after it (a
        /// write in flight at the kill may or may not have committed; both are correct). A young gap in the change
        /// rows delays indexing by up to 30 s, so each word gets 45 s.
        /// </summary>
        public async Task<List<string>> LostAsync(HttpClient http, string url)
        {
            List<(int Id, string Acked, List<string> Later)> due;
            lock (_gate)
            {
                due = [.. _services.Where(s => s.Value.Acked is not null).Select(s => (s.Key, s.Value.Acked!, s.Value.InFlight.ToList()))];
            }

            var lost = new List<string>();
            foreach (var (id, acked, later) in due)
            {
                var watch = Stopwatch.StartNew();
                var found = false;
                while (!found && watch.Elapsed < TimeSpan.FromSeconds(45))
                {
                    foreach (var token in later.Prepend(acked))
                    {
                        using var json = JsonDocument.Parse(await http.GetStringAsync($"{url}/api/v1/services?q={token}"));
                        found |= json.RootElement.GetProperty("total").GetInt32() > 0;
                    }

                    if (!found)
                    {
                        await Task.Delay(250);
                    }
                }

                if (!found)
                {
                    lost.Add($"service {id}: acknowledged {acked} not found");
                }
            }

            return lost;
        }
    }

    public static class Hsds
    {
        /// <summary>The exported file with a new word in every service's description, so the import rewrites them all.</summary>
        public static void WithToken(string source, string target, string token)
        {
            var root = JsonNode.Parse(File.ReadAllText(source))!;
            var services = (root is JsonArray array ? array : root["services"]?.AsArray()) ?? throw new InvalidOperationException("no services in the export");
            foreach (var service in services.OfType<JsonObject>())
            {
                var description = service["description"]?.GetValue<string>() ?? string.Empty;
                service["description"] = description + " " + token;
            }

            File.WriteAllText(target, root.ToJsonString(), new UTF8Encoding(false));
        }
    }
}
