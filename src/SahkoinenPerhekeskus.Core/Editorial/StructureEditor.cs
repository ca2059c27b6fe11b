using Microsoft.EntityFrameworkCore;
using SahkoinenPerhekeskus.Core.Catalogue;
using SahkoinenPerhekeskus.Core.Common;
using SahkoinenPerhekeskus.Core.Data;
using SahkoinenPerhekeskus.Core.Publishing;
using SahkoinenPerhekeskus.Core.Structure;
using SahkoinenPerhekeskus.Core.Taxonomy;

namespace SahkoinenPerhekeskus.Core.Editorial;

/// <summary>What a regional admin may change about a service type.</summary>
public sealed record ServiceTypeChange(LocalizedText Name, LocalizedText Description, bool IsCore, int? MinMonths, int? MaxMonths, IReadOnlyList<string> Needs, IReadOnlyList<string> AgeGroups);

/// <summary>
/// The regional structure: service types, taxonomy terms, municipalities and areas, pages and synonyms. Every
/// change is audited. Structure changes rebuild the search index at once, because names and terms are part of every
/// document; synonyms only reach the query side, so saving them just makes the index re-read them.
/// </summary>
public sealed class StructureEditor(PerhekeskusDbContext db, AuditLog audit, ICatalogueIndex index, ReferenceData reference, TimeProvider clock)
{
    public async Task SaveServiceTypeAsync(ServiceType type, ServiceTypeChange change, Actor actor, CancellationToken ct)
    {
        var before = Describe(type);
        type.Name = change.Name;
        type.Description = change.Description;
        type.IsCore = change.IsCore;
        type.MinMonths = change.MinMonths;
        type.MaxMonths = change.MaxMonths;
        type.Needs = await db.TaxonomyTerms.Where(t => t.Taxonomy == TaxonomyKind.Need && change.Needs.Contains(t.Code)).ToListAsync(ct);
        type.AgeGroups = await db.TaxonomyTerms.Where(t => t.Taxonomy == TaxonomyKind.AgeGroup && change.AgeGroups.Contains(t.Code)).ToListAsync(ct);
        type.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        if (type.Id == 0)
        {
            db.ServiceTypes.Add(type);
        }

        audit.Record(actor, type.Id == 0 ? "structure.type.create" : "structure.type.save", "service-type", type.Code, ScopeTarget.Region, type.Name.Fi, type.Id == 0 ? null : before, Describe(type));
        await SaveAndCatchUpAsync(ct);
    }

    public async Task SaveTermAsync(TaxonomyTerm term, LocalizedText name, LocalizedText description, Actor actor, CancellationToken ct)
    {
        var before = new { Name = term.Name.Copy(), Description = term.Description.Copy() };
        var isNew = term.Id == 0;
        term.Name = name;
        term.Description = description;
        if (isNew)
        {
            term.SortOrder = await db.TaxonomyTerms.Where(t => t.Taxonomy == term.Taxonomy).MaxAsync(t => (int?)t.SortOrder, ct) + 10 ?? 10;
            db.TaxonomyTerms.Add(term);
        }

        audit.Record(actor, isNew ? "structure.term.create" : "structure.term.save", "term", $"{term.Taxonomy}:{term.Code}", ScopeTarget.Region, name.Fi, isNew ? null : before, new { Name = name, Description = description });
        await SaveAndCatchUpAsync(ct);
    }

    public async Task SaveMunicipalityAsync(Structure.Municipality municipality, LocalizedText name, int areaId, Actor actor, CancellationToken ct)
    {
        var before = new { Name = municipality.Name.Copy(), municipality.AreaId };
        municipality.Name = name;
        municipality.AreaId = areaId;
        audit.Record(actor, "structure.municipality.save", "municipality", municipality.Code, ScopeTarget.Region, name.Fi, before, new { Name = name, AreaId = areaId });
        await SaveAndCatchUpAsync(ct);
    }

    public async Task SavePageAsync(ContentPage page, LocalizedText title, LocalizedText summary, LocalizedText body, bool publish, ScopeTarget scope, Actor actor, CancellationToken ct)
    {
        var before = new { Title = page.Title.Copy(), Summary = page.Summary.Copy(), Body = page.Body.Copy(), Status = page.Status.ToString() };
        var isNew = page.Id == 0;
        page.Title = title;
        page.Summary = summary;
        page.Body = body;
        page.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        page.Status = publish ? PublicationStatus.Published : PublicationStatus.Draft;
        page.PublishedAt = publish ? page.PublishedAt ?? page.UpdatedAt : page.PublishedAt;
        if (isNew)
        {
            db.Pages.Add(page);
        }

        audit.Record(actor, isNew ? "page.create" : "page.save", "page", page.Slug, scope, title.Fi, isNew ? null : before, new { Title = title, Summary = summary, Body = body, Status = page.Status.ToString() });
        await db.SaveChangesAsync(ct);
    }

    public Task<List<SynonymEntry>> SynonymsAsync(CancellationToken ct) =>
        db.Synonyms.AsNoTracking().OrderBy(s => s.Language).ThenBy(s => s.Id).ToListAsync(ct);

    /// <summary>
    /// Replaces the admin synonym rules of each language given (one rule a line, already checked with
    /// <see cref="SynonymRules"/>), with one audit entry per language that changed. Synonyms are expanded at query
    /// time, so the search only re-reads them: no rebuild, and the next search uses them.
    /// </summary>
    /// <returns>The languages whose rules changed.</returns>
    public async Task<IReadOnlyList<string>> SaveSynonymsAsync(IReadOnlyDictionary<string, IReadOnlyList<string>> rulesByLanguage, Actor actor, CancellationToken ct)
    {
        var languages = rulesByLanguage.Keys.ToList();
        var existing = await db.Synonyms.Where(s => languages.Contains(s.Language)).OrderBy(s => s.Id).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = new List<string>();
        foreach (var (language, rules) in rulesByLanguage)
        {
            var before = existing.Where(e => e.Language == language).ToList();
            if (before.Select(e => e.Rule).SequenceEqual(rules, StringComparer.Ordinal))
            {
                // An unchanged list keeps its rows, so other nodes' stamps stay valid and the log shows real changes only.
                continue;
            }

            db.Synonyms.RemoveRange(before);
            db.Synonyms.AddRange(rules.Select(r => new SynonymEntry { Language = language, Rule = r, UpdatedAt = now }));
            audit.Record(actor, "structure.synonyms.save", "synonyms", language, ScopeTarget.Region, RecordCodes.RuleCount(rules.Count), before.Select(e => e.Rule).ToList(), rules);
            changed.Add(language);
        }

        if (changed.Count > 0)
        {
            await db.SaveChangesAsync(ct);
            await index.CatchUpAsync(ct);
        }

        return changed;
    }

    private async Task SaveAndCatchUpAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        reference.Invalidate();
        // Only the services that show the edited entity are re-read (the outbox rows name it), not the whole index.
        await index.CatchUpAsync(ct);
    }

    private static object Describe(ServiceType t) => new
    {
        Name = t.Name.Copy(),
        Description = t.Description.Copy(),
        t.IsCore,
        t.MinMonths,
        t.MaxMonths,
        Needs = t.Needs.Select(n => n.Code).ToList(),
        AgeGroups = t.AgeGroups.Select(a => a.Code).ToList(),
    };
}
