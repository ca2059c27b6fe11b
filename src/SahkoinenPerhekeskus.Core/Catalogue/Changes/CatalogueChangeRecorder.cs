using Microsoft.EntityFrameworkCore.ChangeTracking;
using SahkoinenPerhekeskus.Core.Editorial;
using SahkoinenPerhekeskus.Core.Structure;
using SahkoinenPerhekeskus.Core.Taxonomy;

namespace SahkoinenPerhekeskus.Core.Catalogue.Changes;

/// <summary>
/// Turns the tracked changes of one SaveChanges into outbox rows: one per service touched (its row, its channels and
/// opening hours, its municipality, area, need and age links) and one per structure entity edited or removed.
/// Because this runs inside SaveChanges, no write path can forget to tell the index.
/// </summary>
internal static class CatalogueChangeRecorder
{
    private static readonly HashSet<string> ServiceLinks = ["ServiceMunicipalities", "ServiceAreas", "ServiceNeeds", "ServiceAgeGroups"];

    public static List<CatalogueChange> Collect(ChangeTracker tracker, DateTime now)
    {
        // One scan of the graph: every Entries() call would otherwise detect changes again (quadratic for an import).
        tracker.DetectChanges();
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return Collect(tracker.Entries().ToList(), now);
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }

    private static List<CatalogueChange> Collect(List<EntityEntry> all, DateTime now)
    {
        var entries = all.Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        if (entries.Count == 0)
        {
            return [];
        }

        var services = all.Where(e => e.Entity is Service).ToDictionary(e => e.Property(nameof(Service.Id)).CurrentValue!, e => (Service)e.Entity);
        var channels = all.Where(e => e.Entity is ServiceChannel).ToDictionary(e => e.Property(nameof(ServiceChannel.Id)).CurrentValue!, e => e.Property(nameof(ServiceChannel.ServiceId)).CurrentValue);
        var byPublicId = new HashSet<string>(StringComparer.Ordinal);
        var byId = new HashSet<int>();
        var structure = new HashSet<(string, int?)>();
        var synonyms = false;

        void AddService(object? serviceId)
        {
            if (serviceId is not int id)
            {
                return;
            }

            // A new service's id is still a temporary value here; its tracked entry has the same one.
            if (services.TryGetValue(id, out var tracked))
            {
                byPublicId.Add(tracked.PublicId);
            }
            else
            {
                byId.Add(id);
            }
        }

        foreach (var entry in entries)
        {
            switch (entry.Entity)
            {
                case Service s:
                    byPublicId.Add(s.PublicId);
                    if (entry.State == EntityState.Modified && entry.Property(nameof(Service.PublicId)).OriginalValue is string old && old != s.PublicId)
                    {
                        byPublicId.Add(old);
                    }

                    break;
                case ServiceChannel:
                    AddService(Value(entry, nameof(ServiceChannel.ServiceId)));
                    break;
                case OpeningHours:
                    var channelId = Value(entry, nameof(OpeningHours.ServiceChannelId));
                    AddService(channelId is not null && channels.TryGetValue(channelId, out var owner)
                        ? owner
                        : channelId is int known ? entry.Context.Set<ServiceChannel>().Where(c => c.Id == known).Select(c => (int?)c.ServiceId).FirstOrDefault() : null);
                    break;
                case SynonymEntry:
                    synonyms = true;
                    break;
                case ServiceType or Organisation or TaxonomyTerm or Municipality or Area:
                    // A new one is shown by no service yet (its id is still temporary): its row only tells every node's
                    // structure cache; the services that start using it are changes of their own.
                    structure.Add((entry.Metadata.ClrType.Name, entry.State == EntityState.Added ? null : (int)entry.Property("Id").CurrentValue!));
                    break;
                case Dictionary<string, object> when ServiceLinks.Contains(entry.Metadata.Name):
                    AddService(KeyOf<Service>(entry));
                    break;
                case Dictionary<string, object> when entry.Metadata.Name is "ServiceTypeNeeds" or "ServiceTypeAgeGroups":
                    if (KeyOf<ServiceType>(entry) is int typeId)
                    {
                        structure.Add((nameof(ServiceType), typeId));
                    }

                    break;
            }
        }

        return
        [
            .. byPublicId.Order(StringComparer.Ordinal).Select(p => new CatalogueChange { Kind = CatalogueChangeKind.Service, ServicePublicId = p, At = now }),
            .. byId.Order().Select(i => new CatalogueChange { Kind = CatalogueChangeKind.Service, ServiceId = i, At = now }),
            .. structure.Order().Select(s => new CatalogueChange { Kind = CatalogueChangeKind.Structure, Entity = s.Item1, EntityId = s.Item2, At = now }),
            .. synonyms ? [new CatalogueChange { Kind = CatalogueChangeKind.Synonyms, At = now }] : Array.Empty<CatalogueChange>(),
        ];
    }

    /// <summary>A link row's key of its <typeparamref name="TPrincipal"/> side, whatever EF named the column.</summary>
    private static object? KeyOf<TPrincipal>(EntityEntry entry)
    {
        var key = entry.Metadata.GetForeignKeys().FirstOrDefault(fk => fk.PrincipalEntityType.ClrType == typeof(TPrincipal));
        return key is null ? null : Value(entry, key.Properties[0].Name);
    }

    /// <summary>The value a removed row had, or the one an added or edited row has.</summary>
    private static object? Value(EntityEntry entry, string property)
    {
        var p = entry.Property(property);
        return entry.State == EntityState.Deleted ? p.OriginalValue : p.CurrentValue;
    }
}
