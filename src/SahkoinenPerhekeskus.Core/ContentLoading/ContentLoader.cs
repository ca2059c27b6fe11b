using Microsoft.Extensions.Logging;
using SahkoinenPerhekeskus.Core.Structure;
using SahkoinenPerhekeskus.Core.Taxonomy;

namespace SahkoinenPerhekeskus.Core.ContentLoading;

public sealed record ContentLoadResult(int Municipalities, int Terms, int Organisations, int ServiceTypes, int Services, int Pages);

/// <summary>
/// Applies content/ to the database in one transaction, matching on codes and ids so that running it again
/// updates rather than duplicates. Any error rolls the whole load back.
/// </summary>
public sealed partial class ContentLoader(PerhekeskusDbContext db, DataPaths paths, TimeProvider time, ILogger<ContentLoader> logger)
{
    public async Task<ContentLoadResult> LoadAsync(string? contentDirectory = null, CancellationToken ct = default)
    {
        var reader = new ContentReader(contentDirectory ?? paths.ContentDirectory);
        if (!Directory.Exists(reader.ContentDirectory))
        {
            throw new ContentLoadException(reader.ContentDirectory, "(directory)", "the content directory does not exist");
        }

        // Read and validate every file before touching the database: a bad file must change nothing.
        var files = ContentFiles.Read(reader);
        var now = time.GetUtcNow().UtcDateTime;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var municipalities = await ApplyRegionAsync(files.Region, ct);
        var terms = await ApplyTermsAsync(files, ct);
        var organisations = await ApplyOrganisationsAsync(files, municipalities, ct);
        var types = await ApplyServiceTypesAsync(files, terms, now, ct);
        var services = await ApplyServicesAsync(files, types, organisations, municipalities, terms, now, ct);
        var pages = await ApplyPagesAsync(files, now, ct);
        await Editorial.InitialVersions.AddMissingAsync(db, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);

        var result = new ContentLoadResult(municipalities.Count, terms.Count, organisations.Count, types.Count, services, pages);
        LogLoaded(logger, reader.ContentDirectory, result);
        return result;
    }

    private async Task<Dictionary<string, Municipality>> ApplyRegionAsync(RegionFile file, CancellationToken ct)
    {
        var region = await db.Regions.FirstOrDefaultAsync(r => r.Code == file.Code, ct);
        if (region is null)
        {
            region = new Region { Code = file.Code };
            db.Regions.Add(region);
        }

        region.Name = file.Name.ToText();
        var areas = await db.Areas.ToDictionaryAsync(a => a.Code, ct);
        var existing = await db.Municipalities.ToDictionaryAsync(m => m.Code, ct);
        var result = new Dictionary<string, Municipality>();
        foreach (var a in file.Areas)
        {
            if (!areas.TryGetValue(a.Code, out var area))
            {
                area = new Area { Code = a.Code };
                db.Areas.Add(area);
            }

            area.Name = a.Name.ToText();
            area.SortOrder = a.SortOrder;
            area.Region = region;
            foreach (var m in a.Municipalities)
            {
                if (!existing.TryGetValue(m.Code, out var municipality))
                {
                    municipality = new Municipality { Code = m.Code, Slug = m.Slug };
                    db.Municipalities.Add(municipality);
                }

                municipality.Slug = m.Slug;
                municipality.Name = m.Name.ToText();
                municipality.Area = area;
                result[m.Code] = municipality;
            }
        }

        await db.SaveChangesAsync(ct);
        return result;
    }

    private async Task<Dictionary<(TaxonomyKind, string), TaxonomyTerm>> ApplyTermsAsync(ContentFiles files, CancellationToken ct)
    {
        var existing = await db.TaxonomyTerms.ToDictionaryAsync(t => (t.Taxonomy, t.Code), ct);
        foreach (var (kind, list) in new[] { (TaxonomyKind.Need, files.Needs), (TaxonomyKind.AgeGroup, files.AgeGroups) })
        {
            foreach (var dto in list)
            {
                if (!existing.TryGetValue((kind, dto.Code), out var term))
                {
                    term = new TaxonomyTerm { Taxonomy = kind, Code = dto.Code };
                    db.TaxonomyTerms.Add(term);
                    existing[(kind, dto.Code)] = term;
                }

                term.Name = dto.Name.ToText();
                term.Description = dto.Description?.ToText() ?? new();
                term.SortOrder = dto.SortOrder;
                term.MinMonths = dto.MinMonths;
                term.MaxMonths = dto.MaxMonths;
            }
        }

        await db.SaveChangesAsync(ct);
        return existing;
    }

    private async Task<Dictionary<string, Organisation>> ApplyOrganisationsAsync(
        ContentFiles files, Dictionary<string, Municipality> municipalities, CancellationToken ct)
    {
        var existing = await db.Organisations.ToDictionaryAsync(o => o.Code, ct);
        foreach (var dto in files.Organisations)
        {
            if (!existing.TryGetValue(dto.Id, out var org))
            {
                org = new Organisation { Code = dto.Id };
                db.Organisations.Add(org);
                existing[dto.Id] = org;
            }

            org.Kind = ContentCodes.OrganisationKind(dto.Kind);
            org.Name = dto.Name.ToText();
            org.Description = dto.Description?.ToText() ?? new();
            org.Url = dto.Url;
            org.Email = dto.Email;
            org.Municipality = dto.Municipality is null ? null : municipalities[dto.Municipality];
        }

        await db.SaveChangesAsync(ct);
        return existing;
    }

    private async Task<Dictionary<string, ServiceType>> ApplyServiceTypesAsync(
        ContentFiles files, Dictionary<(TaxonomyKind, string), TaxonomyTerm> terms, DateTime now, CancellationToken ct)
    {
        var existing = await db.ServiceTypes.Include(t => t.Needs).Include(t => t.AgeGroups).ToDictionaryAsync(t => t.Code, ct);
        foreach (var dto in files.ServiceTypes)
        {
            if (!existing.TryGetValue(dto.Code, out var type))
            {
                type = new ServiceType { Code = dto.Code, Slug = dto.Slug };
                db.ServiceTypes.Add(type);
                existing[dto.Code] = type;
            }

            type.Slug = dto.Slug;
            type.Category = ContentCodes.Category(dto.Category);
            type.IsCore = dto.Core;
            type.SortOrder = dto.SortOrder;
            type.Name = dto.Name.ToText();
            type.Description = dto.Description.ToText();
            type.MinMonths = dto.MinMonths;
            type.MaxMonths = dto.MaxMonths;
            type.Needs = [.. dto.Needs.Select(c => terms[(TaxonomyKind.Need, c)])];
            type.AgeGroups = [.. dto.AgeGroups.Select(c => terms[(TaxonomyKind.AgeGroup, c)])];
            type.UpdatedAt = now;
        }

        await db.SaveChangesAsync(ct);
        return existing;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded content from {Directory}: {Result}")]
    private static partial void LogLoaded(ILogger logger, string directory, ContentLoadResult result);
}
