using Microsoft.EntityFrameworkCore;
using SahkoinenPerhekeskus.Core.Common;
using SahkoinenPerhekeskus.Core.Data;
using SahkoinenPerhekeskus.Search;
using SahkoinenPerhekeskus.Search.Catalogue;

namespace SahkoinenPerhekeskus.Bench.Eval;

/// <summary>
/// The corpus as the site holds it: read from the SQLite database of a data directory into which run.sh imported
/// the HSDS file with the site's own <c>import-hsds</c> verb, and mapped to index documents by the site's mapper.
/// Every system in the bench indexes these same documents.
/// </summary>
public static class SiteCorpus
{
    /// <summary>The documents every system indexes, and municipality name → code for the queries' filters.</summary>
    public sealed record Corpus(IReadOnlyList<SearchDocument> Documents, IReadOnlyDictionary<string, string> MunicipalityCodes);

    public static async Task<Corpus> LoadAsync(string sqliteFile)
    {
        if (!File.Exists(sqliteFile))
        {
            throw new FileNotFoundException($"No site database at {sqliteFile}; run the bench through its run.sh, which imports the corpus with the site's import-hsds verb first.");
        }

        var options = new DbContextOptionsBuilder<SqlitePerhekeskusDbContext>().UseSqlite($"Data Source={sqliteFile};Mode=ReadOnly").Options;
        await using var db = new SqlitePerhekeskusDbContext(options);
        var municipalities = await db.Municipalities.AsNoTracking().ToListAsync();
        var services = await ServiceDocumentMapper.WithIndexData(db.Services.Where(s => s.Status == PublicationStatus.Published)).ToListAsync();
        var documents = services.Select(s => ServiceDocumentMapper.Map(s, municipalities)).ToList();
        var codes = municipalities.ToDictionary(m => m.Name.Fi, m => m.Code, StringComparer.OrdinalIgnoreCase);
        return new Corpus(documents, codes);
    }
}
