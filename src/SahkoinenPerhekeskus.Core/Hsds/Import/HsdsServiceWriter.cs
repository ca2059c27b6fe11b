using SahkoinenPerhekeskus.Core.Taxonomy;

namespace SahkoinenPerhekeskus.Core.Hsds.Import;

/// <summary>The services of one import: each is checked and mapped as it is read, and written a batch at a time.</summary>
internal sealed class HsdsServiceWriter(PerhekeskusDbContext db, HsdsImportRun run, HsdsTermResolver terms, HsdsOrganisationResolver organisations)
{
    /// <summary>Checks and maps one service; a valid one waits in the batch, an invalid one is reported.</summary>
    public void Add(HsdsJsonRecord record)
    {
        var service = HsdsRecordProblems.Read(record, HsdsJsonContext.Default.HsdsService, out var problems);
        if (service is not null)
        {
            if (HsdsText.Clean(service.Id) is { } id && !run.ServiceIds.TryAdd(id, record.Index))
            {
                problems.Add("id", $"duplicate: the same id was already given at services[{run.ServiceIds[id]}]");
            }

            run.Mapper.Validate(service, problems);
            if (HsdsProfileReader.PublicId(service.Attributes) is { } publicId)
            {
                problems.Check(publicId.Length <= Service.MaxPublicId && !publicId.Any(c => char.IsWhiteSpace(c) || c is '/' or '?' or '#' or '%'), "attributes", $"public_id '{publicId}' is not a usable public id");
            }
        }

        var organisation = problems.Any ? null : organisations.Resolve(service!, problems);
        if (organisation is null || problems.Any)
        {
            run.RejectService(problems);
            return;
        }

        var warn = run.Warner(problems);
        var matched = new List<TaxonomyTerm>();
        foreach (var attribute in (service!.Attributes ?? []).Where(a => !HsdsProfileReader.IsProfile(a)))
        {
            if (terms.Resolve(attribute, warn) is { } term && !matched.Contains(term))
            {
                matched.Add(term);
            }
        }

        var draft = run.Mapper.Map(service, organisation, matched, warn);
        HsdsProfileReader.Apply(draft, service.Attributes, run.References, warn);
        draft.PublicId = HsdsProfileReader.PublicId(service.Attributes) ?? draft.PublicId;
        run.Pending.Add((problems, draft));
    }

    /// <summary>
    /// Writes the batch: existing services (by public id) are overwritten in place, keeping their slug so links
    /// stay valid; new ones get a unique slug. A service another source maintains is never overwritten.
    /// </summary>
    public async Task WriteAsync(CancellationToken ct)
    {
        var ids = run.Pending.Select(p => p.Draft.PublicId).ToList();
        var existing = await db.Services
            .Include(s => s.Municipalities).Include(s => s.Areas).Include(s => s.Needs).Include(s => s.AgeGroups)
            .Include(s => s.Channels).ThenInclude(c => c.Hours)
            .AsSplitQuery()
            .Where(s => ids.Contains(s.PublicId))
            .ToDictionaryAsync(s => s.PublicId, StringComparer.Ordinal, ct);
        var candidates = run.Pending.Where(p => !existing.ContainsKey(p.Draft.PublicId)).Select(p => SlugFor(p.Draft, 8)).ToList();
        var taken = (await db.Services.Where(s => candidates.Contains(s.Slug)).Select(s => s.Slug).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);

        foreach (var (record, draft) in run.Pending)
        {
            if (existing.TryGetValue(draft.PublicId, out var service))
            {
                if (service.Source != EntrySource.Hsds)
                {
                    record.Add("id", $"a service with this id is maintained as {service.Source}; the import does not overwrite it");
                    run.RejectService(record);
                    continue;
                }

                ImportedServices.Overwrite(db, service, draft);
                run.Report.ServicesUpdated++;
            }
            else
            {
                draft.Slug = await UniqueSlugAsync(draft, taken, ct);
                db.Services.Add(draft);
                run.Report.ServicesCreated++;
            }
        }

        run.Pending.Clear();
    }

    private async Task<string> UniqueSlugAsync(Service draft, HashSet<string> taken, CancellationToken ct)
    {
        // The short id suffix almost always suffices; a longer one and then a counter settle the rare clash.
        foreach (var idChars in new[] { 8, 16, Service.MaxPublicId })
        {
            var slug = SlugFor(draft, idChars);
            if (!taken.Contains(slug) && (idChars == 8 || !await db.Services.AnyAsync(s => s.Slug == slug, ct)))
            {
                taken.Add(slug);
                return slug;
            }
        }

        for (var n = 2; ; n++)
        {
            var slug = SlugFor(draft, 8) + "-" + n;
            if (!taken.Contains(slug) && !await db.Services.AnyAsync(s => s.Slug == slug, ct))
            {
                taken.Add(slug);
                return slug;
            }
        }
    }

    private static string SlugFor(Service draft, int idChars)
    {
        var lang = draft.Name.Sv is not null ? "sv" : draft.Name.En is not null ? "en" : "fi";
        return HsdsText.Slug(draft.Name[lang], draft.PublicId, idChars);
    }
}
