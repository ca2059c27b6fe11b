using System.Text.Json.Nodes;

using SahkoinenPerhekeskus.Core.Tests.Hsds.Import;

namespace SahkoinenPerhekeskus.Core.Tests.Ptv;

/// <summary>PTV ids make a re-import an update; the three shapes a PTV file comes in all read the same.</summary>
public sealed class PtvReimportTests : IDisposable
{
    private readonly PtvTestRegion _ptv = new();

    public void Dispose() => _ptv.Dispose();

    [Fact]
    public async Task Import_SameInputTwice_UpdatesAndNeverDuplicates()
    {
        var region = PtvTestRegion.Fixture("region");
        await _ptv.ImportAsync(region);
        var after = _ptv.Counts();

        var report = await _ptv.ImportAsync(region);

        Assert.Equal((0, 3, 0), (report.ServicesCreated, report.ServicesUpdated, report.ServicesRejected));
        Assert.Equal(0, report.OrganisationsCreated);
        Assert.Equal(after, _ptv.Counts());
    }

    [Fact]
    public async Task Import_AfterLocalEdit_OverwritesImportedFieldsAndKeepsSlug()
    {
        var region = PtvTestRegion.Fixture("region");
        await _ptv.ImportAsync(region);
        string slug;
        await using (var db = _ptv.NewContext())
        {
            var s = await db.Services.SingleAsync(s => s.ExternalId == "5a1e0000-0000-4000-8000-000000000001");
            slug = s.Slug;
            s.Name.Fi = "Paikallisesti muokattu";
            s.IsFree = false;
            await db.SaveChangesAsync();
        }

        await _ptv.ImportAsync(region);

        await using var check = _ptv.NewContext();
        var updated = await PtvImporterTests.Load(check, "5a1e0000-0000-4000-8000-000000000001");
        Assert.Equal(("Lieksan lastenneuvola", true, slug), (updated.Name.Fi, updated.IsFree, updated.Slug));
        Assert.Equal(9, updated.Channels.Count);
    }

    [Fact]
    public async Task Import_ChangedService_UpdatesTheSameEntry()
    {
        await _ptv.ImportTextAsync(PtvSamples.Array(PtvSamples.Service(1)));
        var changed = PtvSamples.Service(1);
        changed["serviceNames"]![0]!["value"] = "Perhekahvila Kontiolahti";
        changed["areas"]![0]!["code"] = "276";

        var report = await _ptv.ImportTextAsync(PtvSamples.Array(changed));

        Assert.Equal((0, 1), (report.ServicesCreated, report.ServicesUpdated));
        await using var db = _ptv.NewContext();
        var s = await db.Services.Include(s => s.Municipalities).SingleAsync(s => s.Source == EntrySource.Ptv);
        Assert.Equal(("Perhekahvila Kontiolahti", "276"), (s.Name.Fi, s.Municipalities.Single().Code));
    }

    [Fact]
    public async Task Import_ServiceNoLongerPublished_IsArchivedNotDeleted()
    {
        await _ptv.ImportTextAsync(PtvSamples.Array(PtvSamples.Service(1)));
        var deleted = PtvSamples.Service(1);
        deleted["publishingStatus"] = "Deleted";

        var report = await _ptv.ImportTextAsync(PtvSamples.Array(deleted));

        Assert.Equal((1, 1), (report.ServicesUpdated, report.ServicesArchived));
        await using var db = _ptv.NewContext();
        Assert.Equal(SahkoinenPerhekeskus.Core.Common.PublicationStatus.Archived, (await db.Services.SingleAsync(s => s.Source == EntrySource.Ptv)).Status);
    }

    public static TheoryData<string> Shapes => new()
    {
        PtvSamples.Service(1).ToJsonString(),
        PtvSamples.Array(PtvSamples.Service(1)),
        new JsonObject { ["pageNumber"] = 1, ["pageCount"] = 1, ["itemList"] = new JsonArray(PtvSamples.Service(1)) }.ToJsonString(),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Import_OneServiceArrayOrPage_ReadsTheService(string json)
    {
        var report = await _ptv.ImportTextAsync(json);

        Assert.Empty(report.Errors);
        Assert.Equal(1, report.ServicesCreated);
    }

    [Fact]
    public async Task Import_SingleFilePath_Imports()
    {
        var dir = _ptv.Directory(("one.json", PtvSamples.Service(1).ToJsonString()));

        var report = await _ptv.ImportAsync(Path.Combine(dir, "one.json"));

        Assert.Equal(1, report.ServicesCreated);
    }

    [Fact]
    public async Task Import_WithTheRepositoryMapping_AcceptsItsCodes()
    {
        // content/ptv-mapping.json names only needs and age groups that the region's content defines.
        var mapping = Core.Ptv.PtvMapping.Load(Path.Combine(HsdsTestRegion.RepositoryRoot(), "content", "ptv-mapping.json"));
        var service = PtvSamples.Service(1);
        service["targetGroups"] = new JsonArray(new JsonObject { ["code"] = "KR1.2" });

        var report = await _ptv.ImportAsync(_ptv.Directory(("s.json", PtvSamples.Array(service))), mapping);

        Assert.Equal(1, report.ServicesCreated);
        await using var db = _ptv.NewContext();
        Assert.Contains("vauva", (await db.Services.Include(s => s.AgeGroups).SingleAsync(s => s.Source == EntrySource.Ptv)).AgeGroups.Select(a => a.Code));
    }
}
