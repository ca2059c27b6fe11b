using Microsoft.EntityFrameworkCore;
using SahkoinenPerhekeskus.Core.Common;
using SahkoinenPerhekeskus.Core.Data;
using SahkoinenPerhekeskus.Search.Catalogue;

namespace SahkoinenPerhekeskus.Bench.Eval;

/// <summary>
/// The corpus as the site holds it: read from the SQLite database of a data directory into which run.sh imported
/// the HSDS file with the site's own <c>import-hsds</c> verb, and mapped to index documents by the site's mapper.
/// Every system in the bench indexes these same documents.
/// </summary>
public static class SiteCorpus
{
    public static async Task<HsdsMapper.Corpus> LoadAsync(string sqliteFile)
    {
        if (!File.Exists(sqliteFile))
        {
            throw new FileNotFoundException($"No site database at {sqliteFile}; run bench/relevance/run.sh, which imports the corpus first.");
        }

        var options = new DbContextOptionsBuilder<SqlitePerhekeskusDbContext>().UseSqlite($"Data Source={sqliteFile};Mode=ReadOnly").Options;
        await using var db = new SqlitePerhekeskusDbContext(options);
        var municipalities = await db.Municipalities.AsNoTracking().ToListAsync();
        var services = await ServiceDocumentMapper.WithIndexData(db.Services.Where(s => s.Status == PublicationStatus.Published)).ToListAsync();
        var documents = services.Select(s => ServiceDocumentMapper.Map(s, municipalities)).ToList();
        var codes = municipalities.ToDictionary(m => m.Name.Fi, m => m.Code, StringComparer.OrdinalIgnoreCase);
        return new HsdsMapper.Corpus(documents, codes);
    }
}
