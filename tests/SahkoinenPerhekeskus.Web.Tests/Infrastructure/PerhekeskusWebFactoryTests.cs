using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace SahkoinenPerhekeskus.Web.Tests.Infrastructure;

public sealed class PerhekeskusWebFactoryTests
{
    [Fact]
    public async Task Healthz_ReturnsOk()
    {
        await using var factory = new PerhekeskusWebFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"database\":true", body, StringComparison.Ordinal);
        Assert.Contains("\"analyser\":\"voikko\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configuration_DataDirectory_IsTheFactorysOwnTempDirectory()
    {
        await using var factory = new PerhekeskusWebFactory();

        var configured = factory.Services.GetRequiredService<IConfiguration>()["Perhekeskus:DataDirectory"];

        Assert.Equal(factory.DataDirectory, configured);
        Assert.True(Directory.Exists(factory.DataDirectory));
        Assert.StartsWith(Path.GetTempPath(), factory.DataDirectory, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Environment_IsTesting()
    {
        await using var factory = new PerhekeskusWebFactory();

        var environment = factory.Services.GetRequiredService<IWebHostEnvironment>();

        Assert.Equal(PerhekeskusWebFactory.TestingEnvironment, environment.EnvironmentName);
    }

    [Fact]
    public async Task TwoFactories_HaveDifferentDataDirectories()
    {
        await using var first = new PerhekeskusWebFactory();
        await using var second = new PerhekeskusWebFactory();

        Assert.NotEqual(first.DataDirectory, second.DataDirectory);
    }

    [Fact]
    public async Task DisposeAsync_DeletesDataDirectory()
    {
        var factory = new PerhekeskusWebFactory();
        _ = factory.Services;
        await File.WriteAllTextAsync(Path.Combine(factory.DataDirectory, "marker.txt"), "x");

        await factory.DisposeAsync();

        Assert.False(Directory.Exists(factory.DataDirectory));
    }

    [Fact]
    public async Task WithTimeProvider_AppResolvesTheFakeClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var factory = new PerhekeskusWebFactory().WithTimeProvider(clock);

        var resolved = factory.Services.GetRequiredService<TimeProvider>();

        Assert.Same(clock, resolved);
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), resolved.GetUtcNow());
    }

    [Fact]
    public async Task WithSetting_IsVisibleInConfiguration()
    {
        await using var factory = new PerhekeskusWebFactory().WithSetting("Perhekeskus:Example", "arvo");

        var configured = factory.Services.GetRequiredService<IConfiguration>()["Perhekeskus:Example"];

        Assert.Equal("arvo", configured);
    }
}
