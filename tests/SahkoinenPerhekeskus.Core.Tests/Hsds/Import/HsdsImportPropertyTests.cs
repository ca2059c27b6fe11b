using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SahkoinenPerhekeskus.Core.Hsds.Import;

namespace SahkoinenPerhekeskus.Core.Tests.Hsds.Import;

/// <summary>
/// Broken files generated from a good one: whatever the damage, the import either reports per record or refuses
/// the whole file with HsdsImportException, never throws anything else, and a refused file changes nothing.
/// </summary>
public sealed class HsdsImportPropertyTests : IClassFixture<HsdsImportPropertyTests.Region>
{
    private static readonly byte[] Good = File.ReadAllBytes(HsdsTestRegion.Fixture("small.hsds.json"));
    private static readonly string GoodText = Encoding.UTF8.GetString(Good);
    private static readonly string[] Junk = ["{", "}", "[", "]", "\"", ",", ":", "0", "null", "\\", "\u0000", "[[[[", "\"id\": 5", "true", "ä"];
    private static readonly string[] WrongValues = ["5", "[1]", "{}", "null", "true", "\"\"", "-1e999", "\"x\"", "[[[]]]"];

    private readonly Region _region;

    public HsdsImportPropertyTests(Region region) => _region = region;

    public sealed class Region : IDisposable
    {
        public HsdsTestRegion Value { get; } = new();

        public void Dispose() => Value.Dispose();
    }

    /// <summary>Cut anywhere, a byte replaced, junk inserted, a value of the wrong type, nesting, or a record repeated.</summary>
    private static Arbitrary<string> BrokenFiles()
    {
        var position = Gen.Choose(0, GoodText.Length - 1);
        var truncated = position.Select(p => GoodText[..p]);
        var inserted = position.SelectMany(p => Gen.Elements(Junk), (p, junk) => GoodText.Insert(p, junk));
        var replaced = position.SelectMany(p => Gen.Elements(Junk), (p, junk) => GoodText[..p] + junk + GoodText[(p + 1)..]);
        var wrongType = Gen.Elements("\"name\": ", "\"id\": ", "\"minimum_age\": ", "\"services\": ", "\"service_areas\": ", "\"attributes\": ", "\"extent\": ", "\"opens_at\": ")
            .SelectMany(_ => Gen.Elements(WrongValues), (key, value) => ReplaceFirstValue(GoodText, key, value));
        var nested = Gen.Choose(1, 200).Select(depth => new string('[', depth) + GoodText + new string(']', depth));
        var repeated = Gen.Choose(2, 5).Select(n => GoodText.Replace("\"services\": [", "\"services\": [" + string.Concat(Enumerable.Repeat(FirstService() + ",", n)), StringComparison.Ordinal));
        return Gen.OneOf(truncated, inserted, replaced, wrongType, nested, repeated).ToArbitrary();
    }

    [Property(MaxTest = 60)]
    public Property Import_BrokenFile_ReportsOrRefusesWholeAndNeverHalfApplies() => Prop.ForAll(BrokenFiles(), text =>
    {
        var before = Counts();
        try
        {
            var report = _region.Value.ImportTextAsync(text).GetAwaiter().GetResult();
            return report.ServicesCreated + report.ServicesUpdated + report.ServicesRejected >= 0
                && report.Errors.All(e => e.Reason.Length > 0);
        }
        catch (HsdsImportException e)
        {
            // A refused file leaves every row as it was.
            return e.Message.Length > 0 && Counts() == before;
        }
    });

    [Property(MaxTest = 30)]
    public Property Import_RandomBytes_NeverCrashes() => Prop.ForAll(
        Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)).ToArbitrary(),
        bytes =>
        {
            try
            {
                _region.Value.ImportAsync(new MemoryStream(bytes)).GetAwaiter().GetResult();
                return true;
            }
            catch (HsdsImportException)
            {
                return true;
            }
        });

    private (int Services, int Organisations, int Channels) Counts()
    {
        using var db = _region.Value.NewContext();
        return (db.Services.Count(), db.Organisations.Count(), db.ServiceChannels.Count());
    }

    private static string ReplaceFirstValue(string text, string key, string value)
    {
        var at = text.IndexOf(key, StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        // Replace the value up to the next comma or closing bracket at the same line: enough to change its type.
        var start = at + key.Length;
        var end = text.IndexOfAny([',', '}', '\n'], start);
        return text[..start] + value + text[end..];
    }

    private static string FirstService()
    {
        using var doc = System.Text.Json.JsonDocument.Parse(Good);
        return doc.RootElement.GetProperty("services")[0].GetRawText();
    }

    [Fact]
    public async Task Import_TheGoodFile_StillImports()
    {
        var report = await _region.Value.ImportAsync(new MemoryStream(Good));

        Assert.True(report.ServicesCreated + report.ServicesUpdated > 0);
        await using var db = _region.Value.NewContext();
        Assert.True(await db.Services.AnyAsync());
    }
}
