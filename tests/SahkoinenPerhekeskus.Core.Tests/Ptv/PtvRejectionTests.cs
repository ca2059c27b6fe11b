using System.Text.Json.Nodes;
using SahkoinenPerhekeskus.Core.Ptv;

namespace SahkoinenPerhekeskus.Core.Tests.Ptv;

/// <summary>
/// Bad records are rejected one by one with a reason while good ones beside them are imported; a broken input is
/// refused as a whole with a clear message and the database is left exactly as it was.
/// </summary>
public sealed class PtvRejectionTests : IDisposable
{
    private readonly PtvTestRegion _ptv = new();

    public void Dispose() => _ptv.Dispose();

    public static TheoryData<string, string> BadRecords => new()
    {
        { """{"id": null}""", "id is missing or not a PTV id" },
        { """{"id": "neuvola-1"}""", "id is missing or not a PTV id" },
        { """{"id": 42}""", "$.id: a value of the wrong type" },
        { """{"serviceNames": []}""", "serviceNames has no name" },
        { """{"serviceNames": 5}""", "$.serviceNames: a value of the wrong type" },
        { """{"serviceNames": [{"language": "fi", "value": ["x"], "type": "Name"}]}""", "a value of the wrong type" },
        { """{"modified": "eilen"}""", "$.modified: a value of the wrong type" },
        { """{"areas": [{"type": "Municipality", "code": "999"}]}""", "none of its municipality codes (999) is in the region" },
        { """{"areas": [{"type": "Municipality", "code": "Joensuu"}]}""", "'Joensuu' in areas is not a municipality code" },
        { """{"areas": "167"}""", "$.areas: a value of the wrong type" },
        { """{"serviceChargeType": "Maybe"}""", "serviceChargeType 'Maybe'" },
        { """{"areaType": "Galaxy"}""", "areaType 'Galaxy'" },
        { """{"organizations": []}""", "organizations has no organisation with a PTV id" },
        { """{"organizations": [{"organization": {"id": "kaupunki"}}]}""", "organizations has no organisation with a PTV id" },
    };

    [Theory]
    [MemberData(nameof(BadRecords))]
    public async Task Import_BadRecord_IsRejectedWithReasonAndOthersImported(string change, string reason)
    {
        var bad = PtvSamples.Service(2);
        foreach (var (key, value) in JsonNode.Parse(change)!.AsObject())
        {
            bad[key] = value?.DeepClone();
        }

        var report = await _ptv.ImportTextAsync(PtvSamples.Array(PtvSamples.Service(1), bad, PtvSamples.Service(3)));

        Assert.Equal((2, 1), (report.ServicesCreated, report.ServicesRejected));
        var error = Assert.Single(report.Errors);
        Assert.Equal("input.json[1]", error.Where);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ItemThatIsNotAnObject_IsRejected()
    {
        var report = await _ptv.ImportTextAsync("[5, \"palvelu\", [], " + PtvSamples.Service(1).ToJsonString() + "]");

        Assert.Equal((1, 3), (report.ServicesCreated, report.ServicesRejected));
        Assert.Contains(report.Errors, e => e.Reason == "is number, not an object");
        Assert.Contains(report.Errors, e => e.Reason == "is array, not an object");
    }

    [Fact]
    public async Task Import_DuplicateServiceId_RejectsTheSecond()
    {
        var report = await _ptv.ImportTextAsync(PtvSamples.Array(PtvSamples.Service(1), PtvSamples.Service(1, "Toinen nimi")));

        Assert.Equal((1, 1), (report.ServicesCreated, report.ServicesRejected));
        Assert.Contains("duplicate: the same service id was already given at input.json[0]", report.Errors.Single().Reason, StringComparison.Ordinal);
        await using var db = _ptv.NewContext();
        Assert.Equal("Perhekahvila 1", db.Services.Single(s => s.ExternalId == PtvSamples.Id(1)).Name.Fi);
    }

    [Fact]
    public async Task Import_DuplicateOrBrokenChannel_IsRejectedAndTheServiceStillImported()
    {
        var channel = new JsonObject { ["id"] = "c4a00000-0000-4000-8000-0000000000c1", ["serviceChannelType"] = "Phone", ["phoneNumbers"] = new JsonArray(new JsonObject { ["number"] = "013 123 4567", ["isFinnishServiceNumber"] = true }) };
        var broken = new JsonObject { ["id"] = "c4a00000-0000-4000-8000-0000000000c2", ["serviceChannelType"] = "Phone", ["phoneNumbers"] = "013" };
        var service = PtvSamples.Service(1);
        service["serviceChannels"] = new JsonArray(new JsonObject { ["serviceChannel"] = new JsonObject { ["id"] = "c4a00000-0000-4000-8000-0000000000c1" } });

        var report = await _ptv.ImportTextAsync(PtvSamples.Array(channel, channel, broken, service));

        Assert.Equal((3, 2, 1), (report.ChannelsRead, report.ChannelsRejected, report.ServicesCreated));
        Assert.Contains(report.Errors, e => e.Reason.StartsWith("duplicate: the same channel id", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.Reason.Contains("$.phoneNumbers", StringComparison.Ordinal));
    }

    public static TheoryData<string, string> BrokenFiles => new()
    {
        { "[{\"id\": ", "is not valid JSON (line 1" },
        { "[" + PtvSamples.Service(9).ToJsonString() + ",\n{\"id\": \"x\",, }]", "is not valid JSON (line 2" },
        { new string('[', 100) + new string(']', 100), "nested deeper than 64 levels" },
        { "{\"itemList\": [" + new string('{', 0) + new string('[', 80) + new string(']', 80) + "]}", "nested deeper than 64 levels" },
        { "Palvelut: neuvola", "is not JSON" },
        { "", "is not JSON" },
        { "{\"itemList\": [1, 2", "is not valid JSON" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public async Task Import_BrokenFileBesideGoodOne_RefusesEverythingAndChangesNothing(string json, string message)
    {
        var before = _ptv.Counts();

        var e = await Assert.ThrowsAsync<PtvImportException>(() => _ptv.ImportFilesAsync(("a-good.json", PtvSamples.Array(PtvSamples.Service(1))), ("b-broken.json", json)));

        Assert.Contains("b-broken.json", e.Message, StringComparison.Ordinal);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.StartsWith("The PTV import changed nothing", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, _ptv.Counts());
    }

    [Fact]
    public async Task Import_MissingPath_IsRefused()
    {
        var e = await Assert.ThrowsAsync<PtvImportException>(() => _ptv.ImportAsync("/nonexistent/ptv.json"));

        Assert.Contains("neither a file nor a directory", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MappingNamingUnknownNeed_RefusesAndChangesNothing()
    {
        var before = _ptv.Counts();
        var mapping = PtvTestRegion.Mapping with
        {
            TargetGroups = new(StringComparer.OrdinalIgnoreCase) { ["KR1.2"] = new PtvTermMapping { Needs = ["ei_ole"] } },
        };

        var e = await Assert.ThrowsAsync<PtvImportException>(() => _ptv.ImportAsync(_ptv.Directory(("s.json", PtvSamples.Array(PtvSamples.Service(1)))), mapping));

        Assert.Contains("targetGroups.KR1.2: need 'ei_ole'", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, _ptv.Counts());
    }
}
