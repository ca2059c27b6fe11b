using SahkoinenPerhekeskus.Core.Hsds.Import;

namespace SahkoinenPerhekeskus.Core.Tests.Hsds.Import;

public sealed class HsdsImporterRejectionTests : IDisposable
{
    private readonly HsdsTestRegion _region = new();

    public void Dispose() => _region.Dispose();

    [Fact]
    public async Task Import_BadRecords_RejectsEachWithFieldAndReasonAndImportsTheRest()
    {
        var report = await _region.ImportFixtureAsync("rejects.hsds.json");

        Assert.Equal((2, 12), (report.ServicesCreated, report.ServicesRejected));
        Assert.Equal((1, 1), (report.OrganisationsCreated, report.OrganisationsRejected));
        Assert.Equal(
            [
                "organizations[1] (org-rikki): website",
                "services[1] (bad-municipality): service_areas[1].extent",
                "services[2] (bad-age): minimum_age",
                "services[3] (no-name): name",
                "services[4] (ok-1): id",
                "services[5] (bad-url): url",
                "services[6] (bad-type): minimum_age",
                "services[7] (bad-org): organization_id",
                "services[8] (ages-reversed): maximum_age",
                "services[9] (bad-email): email",
                "services[11]: (record)",
                "services[13] (kerho/ilta): id",
                "services[10] (lieksa-lastenneuvola): id",
            ],
            report.Errors.Select(e => $"{e.Section}[{e.Index}]" + (e.Id is null ? "" : $" ({e.Id})") + $": {e.Field}"));
        Assert.Contains("'999'", Reason(report, "bad-municipality"), StringComparison.Ordinal);
        Assert.Contains("-1", Reason(report, "bad-age"), StringComparison.Ordinal);
        Assert.Equal("is required", Reason(report, "no-name"));
        Assert.Contains("duplicate", Reason(report, "ok-1"), StringComparison.Ordinal);
        Assert.Contains("found a array", Reason(report, "bad-type"), StringComparison.Ordinal);
        Assert.Contains("rejected", Reason(report, "bad-org"), StringComparison.Ordinal);
        Assert.Contains("Content", Reason(report, "lieksa-lastenneuvola"), StringComparison.Ordinal);

        await using var db = _region.NewContext();
        Assert.Equal(["ok-1", "ok-2"], await db.Services.Where(s => s.Source == EntrySource.Hsds).OrderBy(s => s.PublicId).Select(s => s.PublicId).ToListAsync());
        Assert.Equal("Lastenhoitoapu", (await db.Services.SingleAsync(s => s.PublicId == "ok-1")).Name.Fi);
        Assert.Equal("Lieksan lastenneuvola", (await db.Services.SingleAsync(s => s.PublicId == "lieksa-lastenneuvola")).Name.Fi);
        Assert.Contains("services[3] (no-name): name: is required", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MalformedJson_ThrowsWithLineAndChangesNothing()
    {
        var e = await Assert.ThrowsAsync<HsdsImportException>(() => _region.ImportFixtureAsync("malformed.hsds.json"));

        Assert.Equal(7, e.Line);
        Assert.Contains("not valid JSON", e.Message, StringComparison.Ordinal);
        Assert.Contains("line 7", e.Message, StringComparison.Ordinal);
        await using var db = _region.NewContext();
        Assert.Equal(0, await db.Services.CountAsync(s => s.Source == EntrySource.Hsds));
        Assert.False(await db.Organisations.AnyAsync(o => o.Code == "org-a"));
    }

    [Fact]
    public async Task Import_MalformedAfterEarlierImport_LeavesEarlierDataAsItWas()
    {
        await _region.ImportFixtureAsync("small.hsds.json");
        var text = await File.ReadAllTextAsync(HsdsTestRegion.Fixture("small.hsds.json"));
        var broken = text.Replace("\"Perhekahvila, Lieksa\"", "\"Uusi nimi\"", StringComparison.Ordinal).TrimEnd().TrimEnd('}');

        await Assert.ThrowsAsync<HsdsImportException>(() => _region.ImportTextAsync(broken));

        await using var db = _region.NewContext();
        Assert.Equal("Perhekahvila, Lieksa", (await db.Services.SingleAsync(s => s.PublicId == "svc-perhekahvila-lieksa")).Name.Fi);
        Assert.Equal(5, await db.Services.CountAsync(s => s.Source == EntrySource.Hsds));
    }

    [Fact]
    public async Task Import_NestedDeeperThan64_ThrowsClearErrorAndChangesNothing()
    {
        var deep = new string('[', 100) + new string(']', 100);
        var json = """{"services": [{"id": "ok", "name": "Kerho", "organization": {"id": "o", "name": "Yhdistys ry"}, "service_areas": [{"extent": "167"}]}, """
            + "\n" + deep + "]}";

        var e = await Assert.ThrowsAsync<HsdsImportException>(() => _region.ImportTextAsync(json));

        Assert.Contains("deeper than 64", e.Reason, StringComparison.Ordinal);
        Assert.Equal(2, e.Line);
        await using var db = _region.NewContext();
        Assert.Equal(0, await db.Services.CountAsync(s => s.Source == EntrySource.Hsds));
    }

    [Theory]
    [InlineData("\"services\"", "top level", 1)]
    [InlineData("42", "top level", 1)]
    [InlineData("{\n  \"services\": {\"id\": \"x\"}\n}", "'services' must be an array", 2)]
    [InlineData("{\"services\": []} []", "not valid JSON", 1)]
    [InlineData("", "not valid JSON", 1)]
    [InlineData("{\"services\": [", "not valid JSON", 1)]
    public async Task Import_WrongShape_ThrowsWithReasonAndLine(string json, string reason, int line)
    {
        var e = await Assert.ThrowsAsync<HsdsImportException>(() => _region.ImportTextAsync(json));

        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
        Assert.Equal(line, e.Line);
    }

    [Fact]
    public async Task Import_Cancelled_ThrowsOperationCanceledAndChangesNothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await using var db = _region.NewContext();
        await using var stream = File.OpenRead(HsdsTestRegion.Fixture("small.hsds.json"));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _region.Importer(db).ImportAsync(stream, null, cancelled.Token));

        Assert.Equal(0, await db.Services.CountAsync(s => s.Source == EntrySource.Hsds));
    }

    private static string Reason(HsdsImportReport report, string id) => report.Errors.First(e => e.Id == id && e.Section == "services").Reason;
}
