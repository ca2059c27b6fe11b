using SahkoinenPerhekeskus.Core.Structure;
using SahkoinenPerhekeskus.Core.Taxonomy;

namespace SahkoinenPerhekeskus.Core.Editorial;

/// <summary>What a regional admin may change about a service type.</summary>
public sealed record ServiceTypeChange(LocalizedText Name, LocalizedText Description, bool IsCore, int? MinMonths, int? MaxMonths, IReadOnlyList<string> Needs, IReadOnlyList<string> AgeGroups);

/// <summary>
/// The regional structure: service types, taxonomy terms and municipalities. Every change is audited, and the index
/// catches up at once with the services that show the changed entity (their names and terms are in the documents).
/// Pages have <see cref="Publishing.PageEditor"/>, the admin synonyms <see cref="SynonymEditor"/>.
/// </summary>
public sealed class StructureEditor(PerhekeskusDbContext db, AuditLog audit, ICatalogueIndex index, TimeProvider clock)
{
    /// <summary>The terms and municipalities the service-type form offers.</summary>
    public Task<EditorialReferenceData> ReferenceAsync(CancellationToken ct) => EditorialReferenceData.LoadAsync(db, ct);

    public Task<ServiceType?> ServiceTypeAsync(int id, CancellationToken ct) =>
        db.ServiceTypes.Include(t => t.Needs).Include(t => t.AgeGroups).FirstOrDefaultAsync(t => t.Id == id, ct);

    /// <summary>Whether a service type already uses <paramref name="code"/> as its code or address.</summary>
    public Task<bool> ServiceTypeCodeTakenAsync(string code, CancellationToken ct) =>
        db.ServiceTypes.AnyAsync(t => t.Code == code || t.Slug == code, ct);

    public Task<TaxonomyTerm?> TermAsync(int id, CancellationToken ct) => db.TaxonomyTerms.FirstOrDefaultAsync(t => t.Id == id, ct);

    public Task<bool> TermCodeTakenAsync(TaxonomyKind kind, string code, CancellationToken ct) =>
        db.TaxonomyTerms.AnyAsync(t => t.Taxonomy == kind && t.Code == code, ct);

    public Task<Structure.Municipality?> MunicipalityAsync(int id, CancellationToken ct) => db.Municipalities.FirstOrDefaultAsync(x => x.Id == id, ct);

    public Task<List<Area>> AreasAsync(CancellationToken ct) => db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).ToListAsync(ct);

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

    private async Task SaveAndCatchUpAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        // The outbox rows name the edited entity: the catch-up clears the structure cache (on every node) and re-reads
        // only the services that show it, not the whole index.
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
