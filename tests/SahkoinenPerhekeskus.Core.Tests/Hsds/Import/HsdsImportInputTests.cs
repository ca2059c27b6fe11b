using System.Text;
using SahkoinenPerhekeskus.Core.Hsds.Import;

namespace SahkoinenPerhekeskus.Core.Tests.Hsds.Import;

/// <summary>What the importer refuses that the editor refuses too, and files it must not guess about.</summary>
public sealed class HsdsImportInputTests : IDisposable
{
    private const string Service = """{"id": "s1", "name": "Kerho", "organization": {"id": "o", "name": "Yhdistys ry"}, "service_areas": [{"extent": "167"}]""";

    private readonly HsdsTestRegion _region = new();

    public void Dispose() => _region.Dispose();

    [Theory]
    [InlineData("""a">@kunta.fi""")]
    [InlineData("neuvola@kunta")]
    [InlineData("neu vola@kunta.fi")]
    [InlineData("<neuvola@kunta.fi>")]
    public async Task Import_EmailTheEditorRejects_RejectsTheRecord(string email)
    {
        var json = "{\"hsds_version\": \"3.0\", \"services\": [" + Service + ", \"email\": " + System.Text.Json.JsonSerializer.Serialize(email) + "}]}";

        var report = await _region.ImportTextAsync(json);

        Assert.Equal(1, report.ServicesRejected);
        Assert.Equal("email", Assert.Single(report.Errors).Field);
        Assert.False(Core.Catalogue.ContactRules.IsEmail(email));
    }

    [Fact]
    public async Task Import_UrlWithQuotesOrSpaces_RejectsTheRecord()
    {
        var report = await _region.ImportTextAsync("{\"services\": [" + Service + ", \"url\": \"https://kunta.fi/a\\\"onmouseover=x\"}]}");

        Assert.Equal("url", Assert.Single(report.Errors).Field);
    }

    [Fact]
    public async Task Import_PhoneWrittenWithBrackets_IsKeptInTheEditorsShape_AndNonsenseIsDropped()
    {
        var json = "{\"services\": [" + Service + ", \"phones\": [{\"number\": \"(013) 123.4567\"}, {\"number\": \"soita 123\"}]}]}";

        var report = await _region.ImportTextAsync(json);

        Assert.Equal(1, report.ServicesCreated);
        await using var db = _region.NewContext();
        var phones = await db.Services.Where(s => s.PublicId == "s1").SelectMany(s => s.Channels).Where(c => c.Kind == ChannelKind.Phone).Select(c => c.Value).ToListAsync();
        Assert.Equal(["013 123 4567"], phones);
        Assert.Contains(report.WarningMessages, w => w.Contains("soita 123", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_InvalidUtf8_SaysSoWithTheLine_AndChangesNothing()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"services\": [\n" + Service.Replace("Kerho", "Kerho \u00e4", StringComparison.Ordinal) + "}]}");
        var at = Array.IndexOf(bytes, (byte)0xC3);
        bytes = [.. bytes[..at], 0xE4, .. bytes[(at + 2)..]]; // "ä" as Latin-1: one byte, not valid UTF-8

        var e = await Assert.ThrowsAsync<HsdsImportException>(() => _region.ImportAsync(new MemoryStream(bytes)));

        Assert.Contains("not valid UTF-8", e.Reason, StringComparison.Ordinal);
        Assert.Equal(2, e.Line);
        await using var db = _region.NewContext();
        Assert.Equal(0, await db.Services.CountAsync(s => s.Source == EntrySource.Hsds));
    }

    [Theory]
    [InlineData("2.0")]
    [InlineData("4")]
    [InlineData("30")]
    public async Task Import_VersionOtherThan3_IsRefused_UnlessAccepted(string version)
    {
        var json = "{\"hsds_version\": \"" + version + "\", \"services\": [" + Service + "}]}";

        var e = await Assert.ThrowsAsync<HsdsImportException>(() => _region.ImportTextAsync(json));
        Assert.Contains("--accept-version", e.Reason, StringComparison.Ordinal);

        await using var db = _region.NewContext();
        Assert.Equal(0, await db.Services.CountAsync(s => s.Source == EntrySource.Hsds));
        var report = await _region.Importer(db).ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), null, acceptAnyVersion: true, CancellationToken.None);
        Assert.Equal(1, report.ServicesCreated);
        Assert.Contains(report.WarningMessages, w => w.Contains($"hsds_version '{version}'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("3")]
    [InlineData("3.0")]
    [InlineData("3.1.2")]
    public async Task Import_Version3x_IsRead(string version)
    {
        var report = await _region.ImportTextAsync("{\"hsds_version\": \"" + version + "\", \"services\": [" + Service + "}]}");

        Assert.Equal(1, report.ServicesCreated);
    }
}
