using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SahkoinenPerhekeskus.Core.ContentLoading;

namespace SahkoinenPerhekeskus.Core.Data;

/// <summary>
/// Applies migrations and, on an empty database with <see cref="PerhekeskusOptions.SeedContent"/> on, loads content/
/// so a local start shows the demo tray. The demo services are fictional, so a production database is filled by an
/// operator (<c>import-content</c>, <c>import-hsds</c>, <c>import-ptv</c>) and never by accident.
/// </summary>
public sealed partial class DatabaseInitializer(
    PerhekeskusDbContext db, ContentLoader loader, DataPaths paths, IOptions<PerhekeskusOptions> options, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        await AdoptFileKeysAsync(ct);
        if (await db.Regions.AnyAsync(ct))
        {
            return;
        }

        if (options.Value.SeedContent)
        {
            LogSeeding(logger);
            await loader.LoadAsync(ct: ct);
        }
        else
        {
            LogEmpty(logger);
        }
    }

    /// <summary>
    /// Data-protection keys were kept in the data directory before they moved to the database (ADR 0015). Copying
    /// them in once keeps editors signed in and open forms valid across the upgrade.
    /// </summary>
    private async Task AdoptFileKeysAsync(CancellationToken ct)
    {
        var directory = new DirectoryInfo(paths.KeysDirectory);
        if (!directory.Exists || await db.DataProtectionKeys.AnyAsync(ct))
        {
            return;
        }

        var files = directory.GetFiles("key-*.xml");
        foreach (var file in files)
        {
            var xml = await File.ReadAllTextAsync(file.FullName, ct);
            db.DataProtectionKeys.Add(new() { FriendlyName = Path.GetFileNameWithoutExtension(file.Name), Xml = xml });
        }

        if (files.Length > 0)
        {
            await db.SaveChangesAsync(ct);
            LogAdoptedKeys(logger, files.Length);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Copied {Count} data-protection keys from the data directory into the database")]
    private static partial void LogAdoptedKeys(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Empty database: loading the shared structure and demo content")]
    private static partial void LogSeeding(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Empty database and Perhekeskus:SeedContent is off: the tray is empty until content is imported (import-content, import-hsds or import-ptv)")]
    private static partial void LogEmpty(ILogger logger);
}
