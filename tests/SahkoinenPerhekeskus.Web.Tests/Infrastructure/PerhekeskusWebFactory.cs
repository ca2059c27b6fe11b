using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SahkoinenPerhekeskus.Testing;

namespace SahkoinenPerhekeskus.Web.Tests.Infrastructure;

/// <summary>
/// The web app in process for integration tests: environment <c>Testing</c>, its own empty data directory
/// (<c>Perhekeskus:DataDirectory</c>, deleted on dispose), and optionally a replaced <see cref="System.TimeProvider"/>
/// (use a <c>FakeTimeProvider</c>) or PostgreSQL instead of SQLite.
/// </summary>
/// <remarks>
/// Settings are applied with <c>UseSetting</c>, so Program.cs already sees them on <c>builder.Configuration</c>
/// before <c>Build()</c>. Configure the factory before its first use (<c>CreateClient</c>, <c>Services</c>).
/// </remarks>
public class PerhekeskusWebFactory : WebApplicationFactory<Program>
{
    /// <summary>The ASP.NET Core environment name the tests run in.</summary>
    public const string TestingEnvironment = "Testing";

    private readonly TemporaryDirectory _dataDirectory = new("web");
    private readonly Dictionary<string, string?> _settings = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Action<IServiceCollection>> _services = [];

    /// <summary>This factory's own data directory: SQLite file, search index and media.</summary>
    public string DataDirectory => _dataDirectory.Path;

    /// <summary>The clock the app gets as its <see cref="System.TimeProvider"/> singleton, or null for the app's own.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Sets a configuration value (key with ':' separators) before the app starts.</summary>
    public PerhekeskusWebFactory WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Changes the app's services after its own registrations (a test double, a startup filter).</summary>
    public PerhekeskusWebFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    /// <summary>Replaces the app's <see cref="System.TimeProvider"/>, e.g. with a <c>FakeTimeProvider</c>.</summary>
    public PerhekeskusWebFactory WithTimeProvider(TimeProvider timeProvider)
    {
        TimeProvider = timeProvider;
        return this;
    }

    /// <summary>Uses PostgreSQL (<c>Perhekeskus:Database:Provider=postgres</c>) with the given connection string.</summary>
    public PerhekeskusWebFactory WithPostgres(string connectionString) =>
        WithSetting("Perhekeskus:Database:Provider", "postgres")
            .WithSetting("ConnectionStrings:Postgres", connectionString);

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(TestingEnvironment);
        builder.UseSetting("Perhekeskus:DataDirectory", DataDirectory);
        // The demo content is the tests' data; production leaves it off (PerhekeskusOptions.SeedContent).
        builder.UseSetting("Perhekeskus:SeedContent", "true");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            if (TimeProvider is { } timeProvider)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(timeProvider);
            }

            foreach (var configure in _services)
            {
                configure(services);
            }
        });
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _dataDirectory.Dispose();
        }
    }
}
