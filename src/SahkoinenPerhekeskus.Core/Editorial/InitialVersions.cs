namespace SahkoinenPerhekeskus.Core.Editorial;

/// <summary>
/// Version 1 of a service that came from content files or an import: its state before anyone edited it here, so that
/// the first edit can be undone. The content loader writes it for every service it loads; the editor writes it
/// before the first edit of any other service without versions (an import of 50,000 services need not store 50,000
/// snapshots up front).
/// </summary>
public static class InitialVersions
{
    public const string Note = RecordCodes.InitialContent;

    /// <summary>Who the initial version is attributed to, by where the service came from.</summary>
    public static string ActorName(EntrySource source) => source switch
    {
        EntrySource.Hsds => "HSDS-tuonti",
        EntrySource.Ptv => "PTV-tuonti",
        EntrySource.Editor => "hallinta",
        _ => "sisältötiedostot",
    };

    /// <summary>The initial version of <paramref name="service"/> (loaded as <see cref="ServiceSnapshot.From"/> needs), added but not saved.</summary>
    public static ServiceVersion Add(PerhekeskusDbContext db, Service service)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(service);
        var version = new ServiceVersion
        {
            ServiceId = service.Id,
            Number = 1,
            State = service.IsPublished ? VersionState.Published : VersionState.Draft,
            CreatedAt = service.UpdatedAt,
            ActorName = ActorName(service.Source),
            Note = Note,
            Snapshot = ServiceSnapshot.From(service).ToJson(),
        };
        db.ServiceVersions.Add(version);
        return version;
    }

    /// <summary>Adds (does not save) an initial version for every service that has none. Returns how many.</summary>
    public static async Task<int> AddMissingAsync(PerhekeskusDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = await db.Services.Where(s => !db.ServiceVersions.Any(v => v.ServiceId == s.Id)).Select(s => s.Id).ToListAsync(ct);
        foreach (var batch in ids.Chunk(200))
        {
            var services = await db.Services.AsNoTracking()
                .Include(s => s.ServiceType).Include(s => s.Organisation)
                .Include(s => s.Municipalities).Include(s => s.Areas).Include(s => s.Needs).Include(s => s.AgeGroups)
                .Include(s => s.Channels).ThenInclude(c => c.Hours)
                .AsSplitQuery()
                .Where(s => batch.Contains(s.Id))
                .ToListAsync(ct);
            foreach (var service in services)
            {
                Add(db, service);
            }
        }

        return ids.Count;
    }
}
