using SahkoinenPerhekeskus.Core.Hsds.Import;

namespace SahkoinenPerhekeskus.Core.Ptv;

public sealed partial class PtvImporter
{
    /// <summary>Writes the batch, then starts a fresh change tracker so memory follows a batch, not the input.</summary>
    private async Task FlushAsync(PtvImportRun run, CancellationToken ct)
    {
        if (run.Pending.Count > 0)
        {
            await UpsertAsync(run, ct);
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        run.References.Attach(db);
    }

    /// <summary>
    /// A service seen before (same PTV id) is overwritten in place and keeps its slug, so links stay valid; a new one
    /// gets a unique slug. A service with that public id maintained elsewhere (content, editors, HSDS) is not touched.
    /// </summary>
    private async Task UpsertAsync(PtvImportRun run, CancellationToken ct)
    {
        var ids = run.Pending.Select(p => p.Draft.PublicId).ToList();
        var existing = await db.Services
            .Include(s => s.Municipalities).Include(s => s.Areas).Include(s => s.Needs).Include(s => s.AgeGroups)
            .Include(s => s.Channels).ThenInclude(c => c.Hours)
            .AsSplitQuery()
            .Where(s => ids.Contains(s.PublicId) || (s.Source == EntrySource.Ptv && s.ExternalId != null && ids.Contains(s.ExternalId)))
            .ToListAsync(ct);
        var byId = existing.GroupBy(s => s.Source == EntrySource.Ptv ? s.ExternalId! : s.PublicId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var (where, draft) in run.Pending)
        {
            if (byId.TryGetValue(draft.PublicId, out var service))
            {
                if (service.Source != EntrySource.Ptv)
                {
                    run.Report.ServicesRejected++;
                    run.Report.Error(where, draft.PublicId, $"a service with this id is maintained as {service.Source}; the import does not overwrite it");
                    continue;
                }

                ImportedServices.Overwrite(db, service, draft);
                service.ImportedFields = draft.ImportedFields;
                service.ImportedAt = draft.ImportedAt;
                run.Report.ServicesUpdated++;
            }
            else
            {
                draft.Slug = await UniqueSlugAsync(draft, ct);
                db.Services.Add(draft);
                run.Report.ServicesCreated++;
            }

            if (draft.Status != PublicationStatus.Published)
            {
                run.Report.ServicesArchived++;
            }
        }

        run.Pending.Clear();
    }

    private async Task<string> UniqueSlugAsync(Service draft, CancellationToken ct)
    {
        // Slugs written earlier in this batch are tracked, not yet saved: check both.
        bool Taken(string slug) => db.Services.Local.Any(s => s.Slug == slug);
        foreach (var idChars in new[] { 8, 16, Service.MaxPublicId })
        {
            var slug = HsdsText.Slug(draft.Name.Fi, draft.PublicId, idChars);
            if (!Taken(slug) && !await db.Services.AnyAsync(s => s.Slug == slug, ct))
            {
                return slug;
            }
        }

        for (var n = 2; ; n++)
        {
            var slug = HsdsText.Slug(draft.Name.Fi, draft.PublicId, 8) + "-" + n;
            if (!Taken(slug) && !await db.Services.AnyAsync(s => s.Slug == slug, ct))
            {
                return slug;
            }
        }
    }
}
