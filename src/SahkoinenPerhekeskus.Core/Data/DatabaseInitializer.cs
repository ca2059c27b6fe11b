using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SahkoinenPerhekeskus.Core.ContentLoading;

namespace SahkoinenPerhekeskus.Core.Data;

/// <summary>Applies migrations and, on an empty database, loads content/ so a fresh start shows the demo tray.</summary>
public sealed partial class DatabaseInitializer(
    PerhekeskusDbContext db, ContentLoader loader, IOptions<PerhekeskusOptions> options, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (options.Value.SeedContent && !await db.Regions.AnyAsync(ct))
        {
            LogSeeding(logger);
            await loader.LoadAsync(ct: ct);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Empty database: loading the shared structure and demo content")]
    private static partial void LogSeeding(ILogger logger);
}
