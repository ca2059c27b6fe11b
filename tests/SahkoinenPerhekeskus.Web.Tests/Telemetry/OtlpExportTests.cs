using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace SahkoinenPerhekeskus.Web.Tests.Telemetry;

public sealed class OtlpExportTests
{
    private const string Endpoint = "Perhekeskus:Telemetry:OtlpEndpoint";

    /// <summary>A word no service, route or table holds, so finding it in an export can only mean the query text leaked.</summary>
    private const string QueryWord = "sateenkaarikummitus";

    [Fact]
    public async Task WithAnEndpoint_RequestsSearchAndDatabaseSpansAndMetricsArriveByOtlpHttp_WithoutTheQueryText()
    {
        await using var collector = await FakeCollector.StartAsync();
        await using var factory = new PerhekeskusWebFactory().WithSetting(Endpoint, collector.BaseAddress);
        using var client = factory.CreateClient();

        var page = await client.GetAsync("/haku?q=" + QueryWord);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        Assert.True(factory.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
        Assert.True(factory.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));

        var traces = collector.Text("/v1/traces");
        foreach (var expected in new[] { TelemetryName(), "search.analyze", "search.query", "search.facets", "http.route", "/haku", "sqlite" })
        {
            Assert.Contains(expected, traces, StringComparison.Ordinal);
        }

        var metrics = collector.Text("/v1/metrics");
        Assert.Contains("http.server.request.duration", metrics, StringComparison.Ordinal);
        Assert.Contains("perhekeskus.search.duration", metrics, StringComparison.Ordinal);
        Assert.Contains("perhekeskus.search.zero_hits", metrics, StringComparison.Ordinal);

        Assert.DoesNotContain(QueryWord, traces + metrics, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url.query", traces, StringComparison.Ordinal);
        Assert.DoesNotContain("user_agent.original", traces, StringComparison.Ordinal);
        Assert.Equal(["application/x-protobuf"], collector.ContentTypes.Distinct());
    }

    [Fact]
    public async Task WithoutAnEndpoint_NoProviderIsRegistered()
    {
        await using var factory = new PerhekeskusWebFactory();
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz/live")).StatusCode);
        Assert.Null(factory.Services.GetService<TracerProvider>());
        Assert.Null(factory.Services.GetService<MeterProvider>());
    }

    [Theory]
    [InlineData("collector:4318")]
    [InlineData("ftp://127.0.0.1:4318")]
    [InlineData("http://127.0.0.1:4318/?token=x")]
    public async Task AWrongEndpoint_StopsTheStart_NamingTheSetting(string endpoint)
    {
        await using var factory = new PerhekeskusWebFactory().WithSetting(Endpoint, endpoint);
        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());
        Assert.Contains("Perhekeskus:Telemetry:OtlpEndpoint", error.Message, StringComparison.Ordinal);
    }

    private static string TelemetryName() => Search.Telemetry.SearchTelemetry.Name;

    /// <summary>An OTLP/HTTP receiver on 127.0.0.1 that keeps every body it is sent, by path.</summary>
    private sealed class FakeCollector : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly ConcurrentDictionary<string, ConcurrentQueue<byte[]>> _bodies = new(StringComparer.Ordinal);

        private FakeCollector(WebApplication app) => _app = app;

        public ConcurrentQueue<string> ContentTypes { get; } = new();

        public string BaseAddress => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        public static async Task<FakeCollector> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();

            var app = builder.Build();
            app.Urls.Add("http://127.0.0.1:0");
            var collector = new FakeCollector(app);
            app.MapPost("/v1/{signal}", async (HttpRequest request, string signal) =>
            {
                using var body = new MemoryStream();
                await request.Body.CopyToAsync(body);
                collector._bodies.GetOrAdd("/v1/" + signal, _ => new()).Enqueue(body.ToArray());
                collector.ContentTypes.Enqueue(request.ContentType ?? string.Empty);
                return Results.Bytes([], "application/x-protobuf");
            });
            await app.StartAsync();
            return collector;
        }

        /// <summary>Protobuf keeps strings as UTF-8 bytes, so names and values can be looked for in the raw body.</summary>
        public string Text(string path) =>
            _bodies.TryGetValue(path, out var bodies) ? string.Join('\n', bodies.Select(b => Encoding.UTF8.GetString(b))) : string.Empty;

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }
}
