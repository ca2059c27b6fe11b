using System.Globalization;
using System.Text;
using SahkoinenPerhekeskus.Core.Hsds.Import;

namespace SahkoinenPerhekeskus.Core.Tests.Hsds.Import;

/// <summary>The file is read in pieces: records split across reads, many batches, positions far into the file.</summary>
public sealed class HsdsStreamingTests : IDisposable
{
    private readonly HsdsTestRegion _region = new();

    public void Dispose() => _region.Dispose();

    [Fact]
    public async Task Import_StreamGivingFewBytesAtATime_ImportsTheSameAsAWholeFile()
    {
        var bytes = await File.ReadAllBytesAsync(HsdsTestRegion.Fixture("small.hsds.json"));

        var report = await _region.ImportAsync(new TrickleStream(bytes, 7));

        Assert.Equal((5, 0, 4), (report.ServicesCreated, report.ErrorCount, report.OrganisationsCreated));
    }

    [Fact]
    public async Task Import_ByteOrderMark_IsSkipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Services(1))).ToArray();

        var report = await _region.ImportAsync(new MemoryStream(bytes));

        Assert.Equal(1, report.ServicesCreated);
    }

    [Fact]
    public async Task Import_ManyServices_WritesInBatchesAndLinksSharedRowsAcrossThem()
    {
        const int count = (HsdsImporter.BatchSize * 2) + 37;

        var report = await _region.ImportTextAsync(Services(count));

        Assert.Equal((count, 0), (report.ServicesCreated, report.ErrorCount));
        await using var db = _region.NewContext();
        Assert.Equal(count, await db.Services.CountAsync(s => s.Source == EntrySource.Hsds && s.Municipalities.Any(m => m.Code == "167")));
        Assert.Equal(count, await db.Services.CountAsync(s => s.Needs.Any(n => n.Code == "vertaistuki")));
        Assert.Equal(1, await db.Organisations.CountAsync(o => o.Code == "org-iso"));
        Assert.Equal(count, await db.Services.Select(s => s.Slug).Where(s => s.StartsWith("kerho-")).Distinct().CountAsync());
    }

    [Fact]
    public async Task Import_SyntaxErrorFarIntoTheFile_ReportsItsLine()
    {
        var lines = Services(800).Split('\n').ToList();
        var bad = lines.Count - 3;
        lines[bad] = lines[bad].Replace("\"name\":", "\"name\"", StringComparison.Ordinal);

        var e = await Assert.ThrowsAsync<HsdsImportException>(() => _region.ImportAsync(new TrickleStream(Encoding.UTF8.GetBytes(string.Join('\n', lines)), 4096)));

        Assert.Equal(bad + 1, e.Line);
        await using var db = _region.NewContext();
        Assert.Equal(0, await db.Services.CountAsync(s => s.Source == EntrySource.Hsds));
    }

    /// <summary>One organisation and <paramref name="count"/> services, one service per line.</summary>
    private static string Services(int count)
    {
        var text = new StringBuilder("""{"organizations": [{"id": "org-iso", "name": "Iso yhdistys ry"}], "services": [""").Append('\n');
        for (var i = 0; i < count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $$$"""{"id": "svc-{{{i:00000}}}", "organization_id": "org-iso", "name": "Kerho {{{i}}}", "description": "Kerho numero {{{i}}}. Tervetuloa.", "service_areas": [{"extent": "167"}], "attributes": [{"link_type": "need", "taxonomy_term": {"id": "t-vt", "code": "vertaistuki", "taxonomy": "tarve"}}]}""")
                .Append(i < count - 1 ? ",\n" : "\n");
        }

        return text.Append("]}\n").ToString();
    }

    /// <summary>A stream that hands out at most a few bytes per read, as a slow network does.</summary>
    private sealed class TrickleStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override bool CanSeek => false;

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);
    }
}
