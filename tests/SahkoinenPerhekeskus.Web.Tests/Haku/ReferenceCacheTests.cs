using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace SahkoinenPerhekeskus.Web.Tests.Haku;

/// <summary>
/// A search reads the regional structure from the node's cache, not from the database on every request, and a
/// structure edit shows in the next search.
/// </summary>
public sealed class ReferenceCacheTests(ReferenceCacheTests.SqlCapturingFactory factory) : IClassFixture<ReferenceCacheTests.SqlCapturingFactory>
{
    [Fact]
    public async Task FirstPageSearch_WithAWarmCache_ReadsNeitherMunicipalitiesNorTerms()
    {
        var client = factory.CreateClient();
        (await client.GetAsync("/haku?q=neuvola&kunta=joensuu")).EnsureSuccessStatusCode();

        factory.Commands.Clear();
        (await client.GetAsync("/haku?q=vauva&kunta=lieksa&ika=vauva")).EnsureSuccessStatusCode();
        (await client.GetAsync("/api/v1/services?q=kuraattori&municipality=Lieksa&age=14")).EnsureSuccessStatusCode();

        var commands = factory.Commands.ToList();
        Assert.NotEmpty(commands);
        Assert.DoesNotContain(commands, c => c.Contains("FROM \"Municipalities\"", StringComparison.Ordinal));
        Assert.DoesNotContain(commands, c => c.Contains("FROM \"TaxonomyTerms\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MunicipalityRename_InTheBackOffice_ShowsInTheNextSearchAtOnce()
    {
        var client = factory.CreateClient();
        Assert.DoesNotContain("Lieksan kaupunki", await client.GetStringAsync("/haku?q=neuvola"), StringComparison.Ordinal);

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PerhekeskusDbContext>();
            var lieksa = await db.Municipalities.SingleAsync(m => m.Code == "422");
            await scope.ServiceProvider.GetRequiredService<StructureEditor>().SaveMunicipalityAsync(
                lieksa, new LocalizedText { Fi = "Lieksan kaupunki", Sv = lieksa.Name.Sv, En = lieksa.Name.En }, lieksa.AreaId, Actor.System, CancellationToken.None);
        }

        Assert.Contains("Lieksan kaupunki", await client.GetStringAsync("/haku?q=neuvola"), StringComparison.Ordinal);
    }

    /// <summary>The demo site, with every SQL command EF Core sends kept for the assertions.</summary>
    public sealed class SqlCapturingFactory : PerhekeskusWebFactory, ILoggerProvider
    {
        public ConcurrentQueue<string> Commands { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging
                .AddProvider(this)
                .AddFilter<SqlCapturingFactory>(DbLoggerCategory.Database.Command.Name, LogLevel.Information));
        }

        ILogger ILoggerProvider.CreateLogger(string categoryName) => new Capture(this, categoryName);

        private sealed class Capture(SqlCapturingFactory owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => category == DbLoggerCategory.Database.Command.Name;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    owner.Commands.Enqueue(formatter(state, exception));
                }
            }
        }
    }
}
