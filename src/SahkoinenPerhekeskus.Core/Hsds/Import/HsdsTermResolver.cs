using SahkoinenPerhekeskus.Core.Taxonomy;

namespace SahkoinenPerhekeskus.Core.Hsds.Import;

/// <summary>
/// The terms of one import: taxonomies and terms from the file, and the term a service attribute points to. Only the
/// tray's own taxonomies ("tarve", "ikä") are kept; terms of other taxonomies are skipped with one warning each.
/// </summary>
internal sealed class HsdsTermResolver(PerhekeskusDbContext db, HsdsImportRun run)
{
    public void ImportTaxonomy(HsdsJsonRecord record)
    {
        var taxonomy = HsdsRecordProblems.Read(record, HsdsJsonContext.Default.HsdsTaxonomy, out var problems);
        if (taxonomy is { Id: { } id, Name: { } name })
        {
            run.References.TaxonomyNames[id] = name;
        }
        else if (problems.Any)
        {
            run.Reject(problems);
        }
    }

    public void ImportTerm(HsdsJsonRecord record)
    {
        var term = HsdsRecordProblems.Read(record, HsdsJsonContext.Default.HsdsTaxonomyTerm, out var problems);
        if (term is null)
        {
            run.Reject(problems);
            return;
        }

        if (KindOf(term) is not { } kind)
        {
            Skip(term);
            run.Report.TaxonomyTermsSkipped++;
            return;
        }

        Validate(term, problems, "");
        if (problems.Any)
        {
            run.Reject(problems);
            return;
        }

        Upsert(term, kind);
    }

    /// <summary>
    /// The term an attribute points to: known by its HSDS id, else by the nested term's taxonomy and code (created
    /// when new). Null when it belongs to a taxonomy the tray does not use or cannot be identified.
    /// </summary>
    public TaxonomyTerm? Resolve(HsdsAttribute attribute, Action<string> warn)
    {
        var id = attribute.TaxonomyTermId ?? attribute.TaxonomyTerm?.Id;
        if (id is not null && run.References.TermsByExternalId.TryGetValue(id, out var known))
        {
            // Matched through an earlier import's id: counted like a term matched in taxonomy_terms[].
            if (run.TouchedTerms.Add(id))
            {
                run.Report.TaxonomyTermsUpdated++;
            }

            return known;
        }

        if (id is not null && run.SkippedTerms.Contains(id))
        {
            return null;
        }

        if (attribute.TaxonomyTerm is not { } nested)
        {
            warn($"attribute refers to taxonomy term '{id}', which is not in the file or the database; ignored");
            return null;
        }

        var kind = KindOf(nested) ?? attribute.LinkType?.Trim().ToLowerInvariant() switch
        {
            "need" when nested.Taxonomy is null && nested.TaxonomyId is null => TaxonomyKind.Need,
            "age_group" when nested.Taxonomy is null && nested.TaxonomyId is null => TaxonomyKind.AgeGroup,
            _ => (TaxonomyKind?)null,
        };
        if (kind is null)
        {
            Skip(nested);
            return null;
        }

        var problems = new HsdsRecordProblems("services", 0, id);
        Validate(nested with { Id = id }, problems, "");
        if (problems.Any)
        {
            warn($"attribute's taxonomy term ignored: {string.Join("; ", problems.Errors.Select(e => $"{e.Field} {e.Reason}"))}");
            return null;
        }

        return Upsert(nested with { Id = id }, kind.Value);
    }

    private static void Validate(HsdsTaxonomyTerm term, HsdsRecordProblems problems, string prefix)
    {
        problems.Required(term.Id, prefix + "id", 64);
        problems.Required(term.Code, prefix + "code", TaxonomyTerm.MaxCode);
        problems.Length(term.Name, prefix + "name", LocalizedText.MaxShort);
    }

    private TaxonomyTerm Upsert(HsdsTaxonomyTerm dto, TaxonomyKind kind)
    {
        var references = run.References;
        var id = dto.Id!.Trim();
        var code = dto.Code!.Trim();
        if (!references.Terms.TryGetValue((kind, code), out var term))
        {
            // Unknown codes are kept rather than dropped, so an editor can later merge or rename them.
            term = new TaxonomyTerm
            {
                Taxonomy = kind,
                Code = code,
                Name = new LocalizedText(HsdsText.Clean(dto.Name) ?? code),
                Description = new LocalizedText(HsdsText.Clean(dto.Description) ?? ""),
                SortOrder = references.Terms.Values.Where(t => t.Taxonomy == kind).Select(t => t.SortOrder).DefaultIfEmpty().Max() + 1,
            };
            db.TaxonomyTerms.Add(term);
            references.Terms[(kind, code)] = term;
            run.Report.TaxonomyTermsCreated++;
            run.TouchedTerms.Add(id);
        }
        else if (run.TouchedTerms.Add(id))
        {
            run.Report.TaxonomyTermsUpdated++;
        }

        term.ExternalId = id;
        references.TermsByExternalId[id] = term;
        return term;
    }

    private TaxonomyKind? KindOf(HsdsTaxonomyTerm term)
    {
        var name = term.Taxonomy ?? term.TaxonomyDetail?.Name
            ?? (term.TaxonomyId is { } tid ? run.References.TaxonomyNames.GetValueOrDefault(tid) : null);
        return name?.Trim().ToLowerInvariant() switch
        {
            "tarve" => TaxonomyKind.Need,
            "ikä" or "ika" => TaxonomyKind.AgeGroup,
            _ => null,
        };
    }

    private void Skip(HsdsTaxonomyTerm term)
    {
        if (term.Id is { } id)
        {
            run.SkippedTerms.Add(id);
        }

        var taxonomy = term.Taxonomy ?? term.TaxonomyDetail?.Name ?? term.TaxonomyId ?? "(none)";

        // The profile's own taxonomies travel in every export of ours; they are read from attributes, not as terms.
        if (!HsdsProfileReader.IsProfileTaxonomy(term.Taxonomy ?? term.TaxonomyDetail?.Name) && run.SkippedTaxonomies.Add(taxonomy))
        {
            run.Report.Warn($"terms of taxonomy '{taxonomy}' skipped: the tray uses only 'tarve' and 'ikä'");
        }
    }
}
