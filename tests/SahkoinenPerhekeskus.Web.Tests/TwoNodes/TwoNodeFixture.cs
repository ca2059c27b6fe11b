using System.Diagnostics;
using SahkoinenPerhekeskus.Testing;

namespace SahkoinenPerhekeskus.Web.Tests.TwoNodes;

/// <summary>
/// Two site processes' worth of app (node A and node B) on one PostgreSQL database, each with its own data
/// directory and Lucene index, as a scale-out deployment runs them. The follower's polling is set to 60 s, so
/// anything that arrives sooner came through LISTEN/NOTIFY.
/// </summary>
public sealed class TwoNodeFixture : IAsyncLifetime
{
    public const string PollSeconds = "60";

    private readonly PostgresDatabase _database = new();
    private readonly List<PerhekeskusWebFactory> _extra = [];
    private readonly List<TemporaryDirectory> _directories = [];

    public PerhekeskusWebFactory A { get; private set; } = null!;
    public PerhekeskusWebFactory B { get; private set; } = null!;

    public string ConnectionString => _database.ConnectionString;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        if (PostgresTestEnvironment.ConnectionString is null)
        {
            return;
        }

        // A first: it migrates and loads the demo content; B then finds both in place, as a second node would.
        A = Node();
        _ = A.Services;
        B = Node();
        _ = B.Services;
    }

    /// <summary>Another node on the same database; with <paramref name="dataDirectory"/> it reuses that index (a restart).</summary>
    public PerhekeskusWebFactory Node(string? dataDirectory = null)
    {
        var node = new PerhekeskusWebFactory().WithPostgres(ConnectionString)
            .WithSetting("Perhekeskus:Search:FollowSeconds", PollSeconds)
            .WithSetting("Perhekeskus:BackOffice:SchedulerIntervalSeconds", "1");
        if (dataDirectory is not null)
        {
            node.WithSetting("Perhekeskus:DataDirectory", dataDirectory);
        }

        _extra.Add(node);
        return node;
    }

    public async Task DisposeAsync()
    {
        foreach (var node in _extra)
        {
            await node.DisposeAsync();
        }

        await _database.DisposeAsync();
        foreach (var directory in _directories)
        {
            directory.Dispose();
        }
    }

    /// <summary>A data directory that outlives the nodes using it (deleted after them, at the end of the class).</summary>
    public string NewDataDirectory()
    {
        var directory = new TemporaryDirectory("node");
        _directories.Add(directory);
        return directory.Path;
    }

    /// <summary>How long until the node finds the text (at most <paramref name="limit"/>; the caller asserts the time).</summary>
    public static async Task<TimeSpan> TimeUntilFoundAsync(PerhekeskusWebFactory node, string text, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            if (await CatalogueProbe.FoundAsync(node, text) > 0)
            {
                return watch.Elapsed;
            }

            await Task.Delay(25);
        }

        return TimeSpan.MaxValue;
    }
}
