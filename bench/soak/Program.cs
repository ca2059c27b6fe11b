using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using SahkoinenPerhekeskus.Bench.Soak;

// Soak: two nodes on one PostgreSQL under wrk (80 % pages, 20 % searches) while editors publish through the back
// office on both nodes in turn. Started by bench/soak/run.sh, which starts the nodes and passes their pids.
var options = SoakOptions.Parse(args);
using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
var nodes = new[] { options.A, options.B };
var work = Directory.CreateTempSubdirectory("soak-");

var pages = await Paths.PagesAsync(http, options.A);
var searches = Paths.Searches();
var script = Wrk.Script(work.FullName, pages, searches);
Console.WriteLine($"soak: {pages.Count} page paths, {searches.Count} searches, {options.Duration.TotalMinutes} min, {options.Connections} connections per node");

var baseline = new List<WrkResult>();
foreach (var node in nodes)
{
    baseline.Add(await Wrk.RunAsync(node + "/healthz", options.Connections, TimeSpan.FromSeconds(10), null, CancellationToken.None));
}

using var editorA = new Editor(options.A);
using var editorB = new Editor(options.B);
var editors = new[] { editorA, editorB };
foreach (var editor in editors)
{
    await editor.SignInAsync(options.Email, options.Password);
}

var ids = (await editorA.ServiceIdsAsync()).Take(20).ToList();
if (ids.Count == 0)
{
    throw new InvalidOperationException("the editor sees no services");
}

using var stop = new CancellationTokenSource();
var rss = new ConcurrentQueue<(TimeSpan At, long A, long B)>();
var clock = Stopwatch.StartNew();
var sampler = Task.Run(async () =>
{
    while (!stop.IsCancellationRequested)
    {
        rss.Enqueue((clock.Elapsed, Memory.RssKb(options.Pids[0]), Memory.RssKb(options.Pids[1])));
        try { await Task.Delay(TimeSpan.FromSeconds(5), stop.Token); } catch (OperationCanceledException) { }
    }
});

var acks = new ConcurrentQueue<Publish>();
var publishErrors = new ConcurrentQueue<string>();
var checks = new ConcurrentQueue<Task>();
var random = new Random(20261208);
var publisher = Task.Run(async () =>
{
    for (var k = 0; !stop.IsCancellationRequested; k++)
    {
        var next = clock.Elapsed + options.Interval;
        var token = Tokens.Next(random);
        var id = ids[k % ids.Count];
        var editor = editors[k % 2];
        string? error;
        try { error = await editor.PublishAsync(id, token); }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException) { error = $"publish of {id} on {editor.BaseUrl}: {e.Message}"; }

        if (error is not null)
        {
            publishErrors.Enqueue(error);
        }
        else
        {
            var publish = new Publish(id, token, editor.BaseUrl, clock.Elapsed);
            acks.Enqueue(publish);
            checks.Enqueue(Visibility.WaitAsync(http, nodes, publish, clock));
        }

        var wait = next - clock.Elapsed;
        if (wait > TimeSpan.Zero)
        {
            try { await Task.Delay(wait, stop.Token); } catch (OperationCanceledException) { }
        }
    }
});

var load = await Task.WhenAll(nodes.Select(node => Wrk.RunAsync(node, options.Connections, options.Duration, script, CancellationToken.None)));
await stop.CancelAsync();
await Task.WhenAll(publisher, sampler);
await Task.WhenAll(checks);

// The last acknowledged token of each service must be what both nodes find now: nothing overwritten by an older write.
var finals = acks.GroupBy(a => a.Id).Select(g => g.MaxBy(a => a.At)!).ToList();
var finalMissing = new List<string>();
foreach (var publish in finals)
{
    foreach (var node in nodes)
    {
        if (!await Visibility.FoundAsync(http, node, publish.Token))
        {
            finalMissing.Add($"{publish.Token} (service {publish.Id}) not found on {node} at the end");
        }
    }
}

var ready = new List<(string Node, HttpStatusCode Status)>();
foreach (var node in nodes)
{
    using var answer = await http.GetAsync(node + "/healthz/ready");
    ready.Add((node, answer.StatusCode));
}

var report = Report.Markdown(options, baseline, load, acks.ToList(), publishErrors.ToList(), finalMissing, rss.ToList(), ready, pages.Count, searches.Count);
File.WriteAllText(options.Out, report);
Console.WriteLine(report);
work.Delete(recursive: true);
var failed = load.Sum(l => l.Non2xx3xx + l.SocketErrors) + publishErrors.Count + acks.Count(a => a.VisibleAfter is null) + finalMissing.Count
    + ready.Count(r => r.Status != HttpStatusCode.OK);
return failed == 0 ? 0 : 1;

