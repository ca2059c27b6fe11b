using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SahkoinenPerhekeskus.Testing;

namespace SahkoinenPerhekeskus.BrowserTests.Infrastructure;

/// <summary>
/// The real web app on Kestrel, on a free port of 127.0.0.1, with its own empty data directory, for the browser.
/// Shared by every test in <see cref="BrowserCollection"/>.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes a fixture through IAsyncLifetime.DisposeAsync.")]
public sealed class SiteFixture : IAsyncLifetime
{
    private readonly TemporaryDirectory _dataDirectory = new("site");
    private SiteFactory? _factory;

    /// <summary>The site's root address, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The site's data directory: SQLite file, search index and media.</summary>
    public string DataDirectory => _dataDirectory.Path;

    /// <summary>The app's services, to seed data or read state.</summary>
    public IServiceProvider Services => Factory.Services;

    /// <summary>An absolute URL on the site.</summary>
    public Uri Url(string relative) => new(BaseUrl, relative);

    /// <summary>An <see cref="HttpClient"/> for the running site, for checks that need no browser.</summary>
    public HttpClient CreateClient() => Factory.CreateClient();

    private SiteFactory Factory => _factory ?? throw new InvalidOperationException("The site has not started.");

    /// <inheritdoc />
    public Task InitializeAsync()
    {
        _factory = new SiteFactory(DataDirectory);
        _factory.UseKestrel(0);
        _factory.StartServer();

        var address = _factory.ClientOptions.BaseAddress;
        if (address.Port == 0)
        {
            throw new InvalidOperationException($"Kestrel reported no bound port (address {address}).");
        }

        BaseUrl = address;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        _dataDirectory.Dispose();
    }

    private sealed class SiteFactory(string dataDirectory) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Perhekeskus:DataDirectory", dataDirectory);
            builder.UseSetting("Perhekeskus:SeedContent", "true");
            // Every test comes from 127.0.0.1, one after another; a family never searches this fast. The limits
            // themselves are tested in Web.Tests (Security/RateLimitTests).
            builder.UseSetting("Perhekeskus:Web:RateLimits:Search:Burst", "2000");
            builder.UseSetting("Perhekeskus:Web:RateLimits:Api:Burst", "5000");
            // The stamp check every two seconds instead of every minute: a page that changes the stamp without
            // renewing the cookie signs its editor out within the test, not only in a session longer than the test.
            builder.UseSetting("Perhekeskus:BackOffice:SecurityStampCheckSeconds", "2");
            // Static web assets (CSS/JS from the build's manifest) as in Development, so pages look as users see them.
            builder.UseStaticWebAssets();
        }
    }
}
