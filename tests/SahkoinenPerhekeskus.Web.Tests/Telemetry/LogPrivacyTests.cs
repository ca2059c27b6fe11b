using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using SahkoinenPerhekeskus.Web.Tests.Feedback;
using SahkoinenPerhekeskus.Web.Tests.Hallinta;

namespace SahkoinenPerhekeskus.Web.Tests.Telemetry;

/// <summary>
/// The logs a deployment keeps hold no search words and no client addresses: what a family typed and where from
/// reach the log neither through our own messages (captured here down to Trace) nor through the framework's, even
/// when an operator turns ASP.NET Core's own logging up to Information.
/// </summary>
public sealed class LogPrivacyTests
{
    private const string Word = "sateenkaarikummitus";
    private const string Address = "198.51.100.99";

    [Fact]
    public async Task SearchesNotFoundPagesAndFailedSignIns_LeaveNoSearchWordOrClientAddressInAnyLogEntry()
    {
        var logs = new CapturingLoggerProvider();
        await using var factory = new PerhekeskusWebFactory()
            .WithSetting("Logging:LogLevel:SahkoinenPerhekeskus", "Trace")
            .WithSetting("Logging:LogLevel:Microsoft.AspNetCore", "Information")
            .WithSetting("Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics", "Information")
            .WithServices(services =>
            {
                services.AddSingleton<ILoggerProvider>(logs);
                services.AddSingleton<IStartupFilter, FakeClientAddress>();
            });
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(FakeClientAddress.Header, Address);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/haku?q=" + Word + "+neuvola")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/haku?q=" + Word)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/palvelut/" + Word)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/hsds/services?search=" + Word)).StatusCode);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            statuses.Add((await BackOfficeFixture.LoginAsync(client, Word + "@example.fi", Word)).StatusCode);
        }

        // The throttle was reached, so its path ran too.
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.NotEmpty(logs.Entries);
        var leaks = logs.Entries.Where(e => e.Contains(Word, StringComparison.OrdinalIgnoreCase) || e.Contains(Address, StringComparison.Ordinal)).ToList();
        Assert.True(leaks.Count == 0, string.Join(Environment.NewLine, leaks));
    }

    /// <summary>Keeps each entry's category, message, every structured value and the exception, as one string.</summary>
    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(' ', pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
                entries.Enqueue($"{logLevel} {category}: {formatter(state, exception)} [{values}] {exception}");
            }
        }
    }
}
