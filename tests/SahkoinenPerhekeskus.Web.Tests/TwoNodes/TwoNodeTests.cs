using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using SahkoinenPerhekeskus.Core.Hsds.Import;
using SahkoinenPerhekeskus.Testing;
using SahkoinenPerhekeskus.Web.Tests.Hallinta;

namespace SahkoinenPerhekeskus.Web.Tests.TwoNodes;

/// <summary>The scale-out path of ADR 0015 on a real PostgreSQL: every point is one test.</summary>
public sealed class TwoNodeTests(TwoNodeFixture nodes, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<TwoNodeFixture>
{
    private static readonly TimeSpan Target = TimeSpan.FromSeconds(2);

    [PostgresFact]
    public async Task PublishOnNodeA_IsSearchableOnNodeB_WithinTwoSeconds()
    {
        var word = Word();
        var watch = Stopwatch.StartNew();
        await CatalogueProbe.PublishAsync(nodes.A, word);

        var elapsed = await TwoNodeFixture.TimeUntilFoundAsync(nodes.B, word, TimeSpan.FromSeconds(10));

        output.WriteLine($"publish on A -> found on B: {elapsed.TotalMilliseconds:F0} ms");
        Assert.True(elapsed <= Target, $"node B found it after {elapsed.TotalMilliseconds:F0} ms (publish took {watch.ElapsedMilliseconds} ms in all)");
        Assert.Equal(1, await CatalogueProbe.FoundAsync(nodes.A, word));
    }

    [PostgresFact]
    public async Task PublishOnNodeB_IsSearchableOnNodeA_WithinTwoSeconds()
    {
        var word = Word();
        await CatalogueProbe.PublishAsync(nodes.B, word);

        var elapsed = await TwoNodeFixture.TimeUntilFoundAsync(nodes.A, word, TimeSpan.FromSeconds(10));

        output.WriteLine($"publish on B -> found on A: {elapsed.TotalMilliseconds:F0} ms");
        Assert.True(elapsed <= Target, $"node A found it after {elapsed.TotalMilliseconds:F0} ms");
    }

    [PostgresFact]
    public async Task ImportByAnotherProcess_IsSearchableOnBothNodes_WithinTwoSeconds()
    {
        var word = Word();
        var json = $$"""{"hsds_version": "3.0", "services": [{"id": "{{word}}", "name": "Kerho {{word}}", "description": "Kerho perheille.", "organization": {"id": "o-{{word}}", "name": "Yhdistys ry"}, "service_areas": [{"extent": "167"}]}]}""";

        // What the import-hsds verb does in its own process: its own context on the shared database, no node's services.
        var options = new DbContextOptionsBuilder<PostgresPerhekeskusDbContext>().UseNpgsql(nodes.ConnectionString).Options;
        await using (var db = new PostgresPerhekeskusDbContext(options))
        {
            var report = await new HsdsImporter(db, TimeProvider.System, NullLogger<HsdsImporter>.Instance)
                .ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), null, CancellationToken.None);
            Assert.Equal(1, report.ServicesCreated);
        }

        var onA = TwoNodeFixture.TimeUntilFoundAsync(nodes.A, word, TimeSpan.FromSeconds(10));
        var onB = TwoNodeFixture.TimeUntilFoundAsync(nodes.B, word, TimeSpan.FromSeconds(10));

        output.WriteLine($"import by another process -> found on A: {(await onA).TotalMilliseconds:F0} ms, on B: {(await onB).TotalMilliseconds:F0} ms");
        Assert.True(await onA <= Target, $"node A: {(await onA).TotalMilliseconds:F0} ms");
        Assert.True(await onB <= Target, $"node B: {(await onB).TotalMilliseconds:F0} ms");
    }

    [PostgresFact]
    public async Task NodeThatWasDown_CatchesUpOnStart()
    {
        var dataDirectory = nodes.NewDataDirectory();
        var first = nodes.Node(dataDirectory);
        _ = first.Services;
        await first.DisposeAsync();

        var word = Word();
        await CatalogueProbe.PublishAsync(nodes.A, word);
        var restarted = nodes.Node(dataDirectory);

        // No waiting: the start-up catch-up has run before the node answers its first request.
        Assert.Equal(1, await CatalogueProbe.FoundAsync(restarted, word));
    }

    [PostgresFact]
    public async Task SignInOnNodeA_IsASessionOnNodeB_AndFormsTravelToo()
    {
        var email = $"{Guid.NewGuid():N}@test.example";
        await using (var scope = nodes.A.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(
                new NewAccount(email, EditorRoles.RegionalAdmin, [], null, BackOfficeFixture.Password), CancellationToken.None);
            Assert.True(created.Succeeded);
        }

        // The form and its antiforgery cookie come from node A; the post goes to node B (a load balancer's choice).
        using var onA = Client(nodes.A);
        using var onB = Client(nodes.B);
        var form = await onA.GetAsync("/hallinta/kirjaudu");
        var token = System.Text.RegularExpressions.Regex.Match(await form.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);
        var login = await Send(onB, HttpMethod.Post, "/hallinta/kirjaudu", CookiesOf(form), new FormUrlEncodedContent([new("Email", email), new("Password", BackOfficeFixture.Password), new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        // The session cookie node B issued opens the desk on node A.
        var desk = await Send(onA, HttpMethod.Get, "/hallinta", CookiesOf(login));
        Assert.Equal(HttpStatusCode.OK, desk.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await onA.GetAsync("/hallinta")).StatusCode);
    }

    [PostgresFact]
    public async Task ScheduledPublish_RunsOnce_NotOncePerNode()
    {
        var word = Word();
        int id;
        await using (var scope = nodes.A.Services.CreateAsyncScope())
        {
            var editor = scope.ServiceProvider.GetRequiredService<ServiceEditor>();
            var service = await editor.CreateAsync(BackOfficeFixture.Snapshot("167", "kunta-167", "Ajastettu " + word), Actor.System, CancellationToken.None);
            id = service.Id;
            await scope.ServiceProvider.GetRequiredService<ServiceScheduler>().ScheduleAsync(service, ScheduledKind.Publish, DateTime.UtcNow.AddSeconds(-1), Actor.System, CancellationToken.None);
        }

        Assert.True(await TwoNodeFixture.TimeUntilFoundAsync(nodes.B, word, TimeSpan.FromSeconds(15)) < TimeSpan.FromSeconds(15));
        await Task.Delay(TimeSpan.FromSeconds(3)); // both schedulers tick every second: time for a second run, if any

        await using var check = nodes.A.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<PerhekeskusDbContext>();
        Assert.Equal(1, await db.ServiceVersions.CountAsync(v => v.ServiceId == id && v.State == VersionState.Published));
        Assert.False(await db.ScheduledActions.AnyAsync(a => a.ServiceId == id));
    }

    [PostgresFact]
    public async Task Lease_IsHeldByOneNodeAtATime_AndPassesOnWhenItLapses()
    {
        var name = "test-" + Word();
        await using var a = nodes.A.Services.CreateAsyncScope();
        await using var b = nodes.B.Services.CreateAsyncScope();
        var onA = a.ServiceProvider.GetRequiredService<JobLeases>();
        var onB = b.ServiceProvider.GetRequiredService<JobLeases>();

        Assert.True(await onA.TryHoldAsync(name, TimeSpan.FromSeconds(1), CancellationToken.None));
        Assert.False(await onB.TryHoldAsync(name, TimeSpan.FromSeconds(1), CancellationToken.None));
        Assert.True(await onA.TryHoldAsync(name, TimeSpan.FromSeconds(1), CancellationToken.None));
        await Task.Delay(TimeSpan.FromMilliseconds(1200));
        Assert.True(await onB.TryHoldAsync(name, TimeSpan.FromSeconds(30), CancellationToken.None));
        Assert.False(await onA.TryHoldAsync(name, TimeSpan.FromSeconds(30), CancellationToken.None));
    }

    private static string Word() => "qz" + Guid.NewGuid().ToString("N")[..10];

    private static HttpClient Client(PerhekeskusWebFactory node) =>
        node.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private static string CookiesOf(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.Select(c => c.Split(';')[0]) : []);

    private static async Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string url, string cookies, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        if (cookies.Length > 0)
        {
            request.Headers.Add("Cookie", cookies);
        }

        return await client.SendAsync(request);
    }
}
