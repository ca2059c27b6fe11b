using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SahkoinenPerhekeskus.Core.Hsds.Import;
using SahkoinenPerhekeskus.Core.Tests.ContentLoading;

namespace SahkoinenPerhekeskus.Core.Tests.Hsds.Import;

/// <summary>
/// A SQLite database with the North Karelia structure the HSDS importer maps onto: the 13 municipalities in
/// their four family-centre areas and the tarve/ikä terms, loaded through the real content loader.
/// The small test content's own service (lieksa-lastenneuvola) stays, as a service another source maintains.
/// </summary>
public sealed class HsdsTestRegion : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private readonly TestContent _content = new();
    private readonly SqliteTestDatabase _database = new();

    public HsdsTestRegion()
    {
        _content.Write("region.json", """
            {"code": "pohjois-karjala", "name": {"fi": "Pohjois-Karjalan hyvinvointialue"},
             "areas": [
               {"code": "keskinen", "name": {"fi": "Keskinen"}, "sortOrder": 1, "municipalities": [
                 {"code": "167", "slug": "joensuu", "name": {"fi": "Joensuu"}},
                 {"code": "276", "slug": "kontiolahti", "name": {"fi": "Kontiolahti"}},
                 {"code": "146", "slug": "ilomantsi", "name": {"fi": "Ilomantsi"}}]},
               {"code": "pohjoinen", "name": {"fi": "Pohjoinen"}, "sortOrder": 2, "municipalities": [
                 {"code": "422", "slug": "lieksa", "name": {"fi": "Lieksa"}},
                 {"code": "541", "slug": "nurmes", "name": {"fi": "Nurmes"}},
                 {"code": "176", "slug": "juuka", "name": {"fi": "Juuka"}}]},
               {"code": "lantinen", "name": {"fi": "Läntinen"}, "sortOrder": 3, "municipalities": [
                 {"code": "309", "slug": "outokumpu", "name": {"fi": "Outokumpu"}},
                 {"code": "426", "slug": "liperi", "name": {"fi": "Liperi"}},
                 {"code": "607", "slug": "polvijarvi", "name": {"fi": "Polvijärvi"}},
                 {"code": "090", "slug": "heinavesi", "name": {"fi": "Heinävesi"}}]},
               {"code": "etelainen", "name": {"fi": "Eteläinen"}, "sortOrder": 4, "municipalities": [
                 {"code": "260", "slug": "kitee", "name": {"fi": "Kitee"}},
                 {"code": "848", "slug": "tohmajarvi", "name": {"fi": "Tohmajärvi"}},
                 {"code": "707", "slug": "raakkyla", "name": {"fi": "Rääkkylä"}}]}
             ]}
            """);
        string[] needs =
        [
            "raskaus", "vauvaperhe", "kasvatus", "parisuhde", "mielenterveys", "paihteet", "koulunkaynti", "kiusaaminen", "vakivalta", "terveys",
            "erityinen_tuki", "talous", "vapaa_aika", "vertaistuki", "maahanmuutto", "seksuaalisuus", "arjen_tuki", "opiskelu_tyo", "yksinaisyys", "lastensuojelu",
        ];
        _content.Write("taxonomies/needs.json", "[" + string.Join(",", needs.Select((c, i) => $$"""{"code": "{{c}}", "name": {"fi": "{{c}}"}, "sortOrder": {{i}}}""")) + "]");
        _content.Write("taxonomies/age-groups.json", """
            [{"code": "odotusaika", "name": {"fi": "Odotusaika"}, "minMonths": -9, "maxMonths": -1},
             {"code": "vauva", "name": {"fi": "Vauva"}, "minMonths": 0, "maxMonths": 11},
             {"code": "leikki_ika", "name": {"fi": "Leikki-ikä"}, "minMonths": 12, "maxMonths": 83},
             {"code": "alakoulu", "name": {"fi": "Alakoulu"}, "minMonths": 84, "maxMonths": 155},
             {"code": "ylakoulu", "name": {"fi": "Yläkoulu"}, "minMonths": 156, "maxMonths": 191},
             {"code": "toinen_aste", "name": {"fi": "Toinen aste"}, "minMonths": 192, "maxMonths": 239},
             {"code": "nuori_aikuinen", "name": {"fi": "Nuori aikuinen"}, "minMonths": 240, "maxMonths": 359},
             {"code": "vanhemmat", "name": {"fi": "Vanhemmat"}}]
            """);
        using var db = _database.NewContext();
        SqliteTestDatabase.Loader(db, _content.Directory).LoadAsync().GetAwaiter().GetResult();
    }

    public FakeTimeProvider Time { get; } = new(Now);

    public PerhekeskusDbContext NewContext() => _database.NewContext();

    public HsdsImporter Importer(PerhekeskusDbContext db) => new(db, Time, NullLogger<HsdsImporter>.Instance);

    /// <summary>Imports with a fresh context, as a CLI run or a request would.</summary>
    public async Task<HsdsImportReport> ImportAsync(Stream json)
    {
        await using var db = NewContext();
        return await Importer(db).ImportAsync(json, null, CancellationToken.None);
    }

    public Task<HsdsImportReport> ImportFixtureAsync(string name) => ImportFileAsync(Fixture(name));

    public async Task<HsdsImportReport> ImportFileAsync(string path)
    {
        await using var stream = File.OpenRead(path);
        return await ImportAsync(stream);
    }

    public Task<HsdsImportReport> ImportTextAsync(string json) => ImportAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)));

    /// <summary>Fixtures are read from the source tree, next to this file, so the test project needs no copy rules.</summary>
    public static string Fixture(string name) => Path.Combine(Path.GetDirectoryName(SourceFile())!, "Fixtures", name);

    /// <summary>The repository root: the folder holding SahkoinenPerhekeskus.sln above this file.</summary>
    public static string RepositoryRoot()
    {
        var dir = Path.GetDirectoryName(SourceFile());
        while (dir is not null && !File.Exists(Path.Combine(dir, "SahkoinenPerhekeskus.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("SahkoinenPerhekeskus.sln not found above " + SourceFile());
    }

    private static string SourceFile([CallerFilePath] string path = "") => path;

    public void Dispose()
    {
        _database.Dispose();
        _content.Dispose();
    }
}
