namespace SahkoinenPerhekeskus.Core.Tests.ContentLoading;

/// <summary>A small, valid content folder in a temp directory that a test can then break on purpose.</summary>
public sealed class TestContent : IDisposable
{
    public TestContent()
    {
        Root = Path.Combine(Path.GetTempPath(), "pk-content-" + Guid.NewGuid().ToString("N"));
        Directory = Path.Combine(Root, "content");
        Write("region.json", """
            {"code": "pohjois-karjala", "name": {"fi": "Pohjois-Karjalan hyvinvointialue"},
             "areas": [
               {"code": "keskinen", "name": {"fi": "Keskinen"}, "sortOrder": 1,
                "municipalities": [{"code": "167", "slug": "joensuu", "name": {"fi": "Joensuu"}}]},
               {"code": "pohjoinen", "name": {"fi": "Pohjoinen"}, "sortOrder": 2,
                "municipalities": [{"code": "422", "slug": "lieksa", "name": {"fi": "Lieksa", "sv": "Lieksa"}}]}
             ]}
            """);
        Write("taxonomies/needs.json", """[{"code": "terveys", "name": {"fi": "Terveys", "en": "Health"}}]""");
        Write("taxonomies/age-groups.json", """[{"code": "vauva", "name": {"fi": "Vauva"}, "minMonths": 0, "maxMonths": 11}]""");
        Write("organisations.json", """[{"id": "siun-sote", "kind": "wellbeing-county", "name": {"fi": "Hyvinvointialue"}}]""");
        Write("service-types.json", """
            [{"code": "lastenneuvola", "slug": "lastenneuvola", "category": "family-centre", "core": true,
              "name": {"fi": "Lastenneuvola"}, "description": {"fi": "Yhteinen kuvaus."}, "needs": ["terveys"], "ageGroups": ["vauva"]}]
            """);
        Write("services/lieksa.json", """
            [{"id": "lieksa-lastenneuvola", "type": "lastenneuvola", "organisation": "siun-sote",
              "name": {"fi": "Lieksan lastenneuvola"}, "coverage": "local", "municipalities": ["422"],
              "minMonths": 0, "maxMonths": 83, "needs": ["terveys"], "ageGroups": ["vauva"], "noReferral": true, "free": true,
              "languages": ["fi"],
              "channels": [
                {"kind": "visit", "street": "Esimerkkikatu 1", "postalCode": "81700", "city": "Lieksa", "lat": 63.3, "lon": 30.0,
                 "hours": [{"days": "mon-fri", "opens": "08:00", "closes": "16:00"}]},
                {"kind": "phone", "number": "013 000 1234"}
              ]}]
            """);
        Write("pages/etusivu/fi.md", "---\ntitle: Tervetuloa\nkind: static\n---\nTekstiä.\n");
    }

    public string Root { get; }
    public string Directory { get; }

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Replace(string relativePath, string from, string to)
    {
        var path = Path.Combine(Directory, relativePath);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
