namespace SahkoinenPerhekeskus.Core.Hsds.Import;

/// <summary>
/// The organisations of one import: those in organizations[], and the one each service names or nests. Matched on
/// the tray's code (a profile public_id, else the HSDS id), so importing the same file again updates.
/// </summary>
internal sealed class HsdsOrganisationResolver(PerhekeskusDbContext db, HsdsImportRun run)
{
    public void Import(HsdsJsonRecord record)
    {
        var organisation = HsdsRecordProblems.Read(record, HsdsJsonContext.Default.HsdsOrganization, out var problems);
        if (organisation is not null)
        {
            Validate(organisation, problems, "");
        }

        if (problems.Any)
        {
            run.Report.OrganisationsRejected++;
            if (problems.Id is { } id)
            {
                run.RejectedOrganisations.TryAdd(id, record.Index);
            }

            run.Reject(problems);
            return;
        }

        Upsert(organisation!);
    }

    /// <summary>
    /// The organisation of a service: its nested copy (written unless this import already wrote that organisation),
    /// or one already known by organization_id. Problems are added to the service's record.
    /// </summary>
    public Organisation? Resolve(HsdsService service, HsdsRecordProblems problems)
    {
        var id = HsdsText.Clean(service.OrganizationId) ?? HsdsText.Clean(service.Organization?.Id);
        if (id is null)
        {
            problems.Add("organization_id", "is required");
            return null;
        }

        var code = run.OrganisationAliases.GetValueOrDefault(id) ?? HsdsProfileReader.PublicId(service.Organization?.Attributes) ?? id;
        if (service.Organization is { } nested && !run.TouchedOrganisations.Contains(code))
        {
            if (nested.Id is not null && nested.Id.Trim() != id)
            {
                problems.Add("organization.id", $"'{nested.Id}' differs from organization_id '{id}'");
                return null;
            }

            var nestedProblems = new HsdsRecordProblems(problems.Section, problems.Index, problems.Id);
            Validate(nested with { Id = id }, nestedProblems, "organization.");
            if (!nestedProblems.Any)
            {
                return Upsert(nested with { Id = id });
            }

            foreach (var error in nestedProblems.Errors)
            {
                problems.Add(error.Field, error.Reason);
            }

            return null;
        }

        if (run.References.Organisations.TryGetValue(code, out var known))
        {
            return known;
        }

        problems.Add("organization_id", run.RejectedOrganisations.TryGetValue(id, out var at)
            ? $"organisation '{id}' was rejected (organizations[{at}])"
            : $"unknown organisation '{id}': give it in organizations[] before the service, or nest it as organization");
        return null;
    }

    private static void Validate(HsdsOrganization organisation, HsdsRecordProblems problems, string prefix)
    {
        problems.Required(organisation.Id, prefix + "id", Service.MaxPublicId);
        problems.Required(organisation.Name, prefix + "name", LocalizedText.MaxShort);
        problems.Url(organisation.Website, prefix + "website");
        problems.Url(organisation.Url, prefix + "url");
        problems.Email(organisation.Email, prefix + "email");
        if (HsdsProfileReader.PublicId(organisation.Attributes) is { } publicId)
        {
            problems.Check(publicId.Length <= Service.MaxPublicId, prefix + "attributes", $"public_id is longer than {Service.MaxPublicId} characters");
        }
    }

    private Organisation Upsert(HsdsOrganization dto)
    {
        var references = run.References;
        var hsdsId = dto.Id!.Trim();
        var code = HsdsProfileReader.PublicId(dto.Attributes) ?? hsdsId;
        if (code != hsdsId)
        {
            run.OrganisationAliases[hsdsId] = code;
        }

        if (!references.Organisations.TryGetValue(code, out var organisation))
        {
            organisation = new Organisation { Code = code };
            db.Organisations.Add(organisation);
            references.Organisations[code] = organisation;
            run.TouchedOrganisations.Add(code);
            run.Report.OrganisationsCreated++;
        }
        else if (run.TouchedOrganisations.Add(code))
        {
            run.Report.OrganisationsUpdated++;
        }

        // HSDS organisations carry no language; their names are proper names, kept as the Finnish (fallback) text.
        organisation.Name = new LocalizedText(dto.Name!.Trim());
        var description = HsdsText.Clean(dto.Description);
        organisation.Description = new LocalizedText(description is null ? "" : HsdsText.Shorten(description, HsdsText.MaxText));
        organisation.Url = HsdsText.Clean(dto.Website) ?? HsdsText.Clean(dto.Url);
        organisation.Email = HsdsText.Clean(dto.Email);
        HsdsProfileReader.ApplyOrganisation(organisation, dto.Attributes);
        var kind = HsdsHeuristics.GuessKind(dto.Name, dto.AlternateName, dto.LegalStatus);
        organisation.Kind = kind ?? OrganisationKind.Ngo;
        if (kind is null)
        {
            run.UnknownKindOrganisations.Add(code);
        }
        else
        {
            run.UnknownKindOrganisations.Remove(code);
        }

        return organisation;
    }

    /// <summary>
    /// An organisation that no word classified is National when it offers a country-wide service, else an NGO.
    /// Decided at the end because its services may come after it in the file.
    /// </summary>
    public async Task SettleKindsAsync(CancellationToken ct)
    {
        if (run.UnknownKindOrganisations.Count == 0)
        {
            return;
        }

        var organisations = run.UnknownKindOrganisations.Select(c => run.References.Organisations[c]).ToList();
        var ids = organisations.Select(o => o.Id).ToList();
        var national = await db.Services
            .Where(s => s.Coverage == ServiceCoverage.National && ids.Contains(s.OrganisationId))
            .Select(s => s.OrganisationId).Distinct().ToListAsync(ct);
        foreach (var organisation in organisations)
        {
            organisation.Kind = national.Contains(organisation.Id) ? OrganisationKind.National : OrganisationKind.Ngo;
        }

        await db.SaveChangesAsync(ct);
    }
}
