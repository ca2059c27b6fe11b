using System.Buffers;
using System.Text.Json;

namespace SahkoinenPerhekeskus.Core.Hsds.Export;

/// <summary>What an export wrote.</summary>
public sealed record HsdsExportCounts(int Taxonomies, int TaxonomyTerms, int Organisations, int Services);

/// <summary>
/// Writes the published catalogue as one HSDS 3.0 file in the shape the importer reads
/// ({"hsds_version", "taxonomies", "taxonomy_terms", "organizations", "services"}). Services are read in
/// batches by id and written as they come, so memory follows a batch, not the catalogue.
/// </summary>
public sealed class HsdsExporter(PerhekeskusDbContext db)
{
    public const int BatchSize = 500;

    /// <summary>Everything a full HSDS service needs, for the export and the read API alike.</summary>
    public static IQueryable<Service> WithHsdsData(IQueryable<Service> q) => q
        .Include(s => s.Organisation).Include(s => s.ServiceType)
        .Include(s => s.Municipalities).Include(s => s.Areas)
        .Include(s => s.Needs).Include(s => s.AgeGroups)
        .Include(s => s.Channels).ThenInclude(c => c.Hours)
        .AsSplitQuery();

    public async Task<HsdsStructure> StructureAsync(CancellationToken ct)
    {
        var municipalities = await db.Municipalities.AsNoTracking().Include(m => m.Area).OrderBy(m => m.Code).ToListAsync(ct);
        var region = await db.Regions.AsNoTracking().OrderBy(r => r.Id).Select(r => r.Name.Fi).FirstOrDefaultAsync(ct);
        return new HsdsStructure(municipalities, region ?? "");
    }

    public async Task<HsdsExportCounts> ExportAsync(Stream output, IProgress<int>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(output);
        var structure = await StructureAsync(ct);
        var published = db.Services.AsNoTracking().Where(s => s.Status == PublicationStatus.Published);
        var terms = await db.TaxonomyTerms.AsNoTracking().OrderBy(t => t.Taxonomy).ThenBy(t => t.SortOrder).ThenBy(t => t.Code).ToListAsync(ct);
        var types = await db.ServiceTypes.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Code).ToListAsync(ct);
        var organisationIds = published.Select(s => s.OrganisationId).Distinct();
        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).OrderBy(o => o.Code).ToListAsync(ct);

        // The writer fills a buffer that is copied to the stream asynchronously: ASP.NET Core response bodies refuse
        // synchronous writes, and a buffer per batch keeps memory flat.
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        await using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false });
        var context = HsdsOutJsonContext.Default;
        json.WriteStartObject();
        json.WriteString("hsds_version", HsdsProfile.Version);
        json.WriteStartArray("taxonomies");
        foreach (var taxonomy in HsdsProfile.Taxonomies)
        {
            JsonSerializer.Serialize(json, taxonomy, context.HsdsOutTaxonomy);
        }

        json.WriteEndArray();
        json.WriteStartArray("taxonomy_terms");
        var termCount = 0;
        foreach (var term in terms.Select(HsdsExportMapper.Term).Concat(types.Select(HsdsExportMapper.ServiceTypeTerm)).Concat(HsdsProfile.ProfileTerms.Keys.Select(HsdsExportMapper.ProfileTerm)))
        {
            JsonSerializer.Serialize(json, term, context.HsdsOutTaxonomyTerm);
            termCount++;
        }

        json.WriteEndArray();
        json.WriteStartArray("organizations");
        foreach (var organisation in organisations)
        {
            JsonSerializer.Serialize(json, HsdsExportMapper.Organisation(organisation), context.HsdsOutOrganization);
        }

        json.WriteEndArray();
        await CopyAsync(json, buffer, output, ct);
        json.WriteStartArray("services");
        var services = 0;
        var lastId = 0;
        while (true)
        {
            var batch = await WithHsdsData(published.Where(s => s.Id > lastId).OrderBy(s => s.Id)).Take(BatchSize).ToListAsync(ct);
            foreach (var service in batch)
            {
                JsonSerializer.Serialize(json, HsdsExportMapper.Service(service, structure, HsdsView.Full), context.HsdsOutService);
                if (buffer.WrittenCount > 1 << 20)
                {
                    await CopyAsync(json, buffer, output, ct);
                }
            }

            services += batch.Count;
            progress?.Report(services);
            await CopyAsync(json, buffer, output, ct);
            if (batch.Count < BatchSize)
            {
                break;
            }

            lastId = batch[^1].Id;
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await CopyAsync(json, buffer, output, ct);
        await output.FlushAsync(ct);
        return new HsdsExportCounts(HsdsProfile.Taxonomies.Count, termCount, organisations.Count, services);
    }

    private static async Task CopyAsync(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, Stream output, CancellationToken ct)
    {
        json.Flush();
        await output.WriteAsync(buffer.WrittenMemory, ct);
        buffer.ResetWrittenCount();
    }
}
