using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SahkoinenPerhekeskus.Core.Ptv;

namespace SahkoinenPerhekeskus.Core.Tests.Ptv;

/// <summary>
/// Broken PTV inputs generated from the region fixture: whatever the damage, the import reports per record or
/// refuses the whole input with PtvImportException, never throws anything else, and a refused input changes nothing.
/// </summary>
public sealed class PtvImportPropertyTests : IClassFixture<PtvImportPropertyTests.Region>
{
    private static readonly string Services = File.ReadAllText(PtvTestRegion.Fixture("region/services.json"));
    private static readonly string Channels = File.ReadAllText(PtvTestRegion.Fixture("region/channels.json"));
    private static readonly string[] Junk = ["{", "}", "[", "]", "\"", ",", ":", "0", "null", "\\", "\u0000", "[[[[", "\"id\": 5", "true", "ä", "\uFEFF"];
    private static readonly string[] WrongValues = ["5", "[1]", "{}", "null", "true", "\"\"", "-1e999", "\"x\"", "[[[]]]", "\"2026-13-45\""];
    private static readonly string[] Keys =
    [
        "\"id\": ", "\"serviceNames\": ", "\"areaType\": ", "\"areas\": ", "\"code\": ", "\"serviceChargeType\": ", "\"modified\": ",
        "\"organizations\": ", "\"targetGroups\": ", "\"serviceChannels\": ", "\"latitude\": ", "\"openingHour\": ", "\"itemList\": ",
    ];

    private readonly Region _region;

    public PtvImportPropertyTests(Region region) => _region = region;

    public sealed class Region : IDisposable
    {
        public PtvTestRegion Value { get; } = new();

        public void Dispose() => Value.Dispose();
    }

    /// <summary>Cut anywhere, a character replaced, junk inserted, a value of the wrong type, deep nesting, or a record repeated.</summary>
    private static Gen<string> Broken(string good)
    {
        var position = Gen.Choose(0, good.Length - 1);
        var truncated = position.Select(p => good[..p]);
        var inserted = position.SelectMany(_ => Gen.Elements(Junk), (p, junk) => good.Insert(p, junk));
        var replaced = position.SelectMany(_ => Gen.Elements(Junk), (p, junk) => good[..p] + junk + good[(p + 1)..]);
        var wrongType = Gen.Elements(Keys).SelectMany(_ => Gen.Elements(WrongValues), (key, value) => ReplaceFirstValue(good, key, value));
        var nested = Gen.Choose(1, 120).Select(depth => new string('[', depth) + good + new string(']', depth));
        var repeated = Gen.Choose(2, 4).Select(n => good.Replace("\"itemList\": [", "\"itemList\": [" + string.Concat(Enumerable.Repeat(FirstItem(good) + ",", n)), StringComparison.Ordinal));
        return Gen.OneOf(truncated, inserted, replaced, wrongType, nested, repeated);
    }

    /// <summary>Either file may be the broken one; the other stays good.</summary>
    private static Arbitrary<(string Services, string Channels)> BrokenInputs() => Gen.OneOf(
        Broken(Services).Select(s => (s, Channels)),
        Broken(Channels).Select(c => (Services, c))).ToArbitrary();

    [Property(MaxTest = 60)]
    public Property Import_BrokenInput_ReportsOrRefusesWholeAndNeverHalfApplies() => Prop.ForAll(BrokenInputs(), input =>
    {
        var before = _region.Value.Counts();
        try
        {
            var report = _region.Value.ImportFilesAsync(("channels.json", input.Channels), ("services.json", input.Services)).GetAwaiter().GetResult();
            // Every rejection is a counted record with a place and a reason.
            return report.ErrorCount == report.ServicesRejected + report.ChannelsRejected
                && report.Errors.All(e => e.Reason.Length > 0 && e.Where.Length > 0);
        }
        catch (PtvImportException e)
        {
            // A refused input leaves every row as it was.
            return e.Message.Length > 0 && _region.Value.Counts() == before;
        }
    });

    [Property(MaxTest = 30)]
    public Property Import_RandomBytes_NeverCrashes() => Prop.ForAll(
        Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)).ToArbitrary(),
        bytes =>
        {
            var before = _region.Value.Counts();
            var dir = _region.Value.Directory();
            File.WriteAllBytes(Path.Combine(dir, "random.json"), bytes);
            try
            {
                _region.Value.ImportAsync(dir).GetAwaiter().GetResult();
                return true;
            }
            catch (PtvImportException)
            {
                return _region.Value.Counts() == before;
            }
        });

    [Fact]
    public async Task Import_TheGoodInput_StillImports()
    {
        var report = await _region.Value.ImportFilesAsync(("channels.json", Channels), ("services.json", Services));

        Assert.Empty(report.Errors);
        Assert.Equal(3, report.ServicesCreated + report.ServicesUpdated);
    }

    private static string ReplaceFirstValue(string text, string key, string value)
    {
        var at = text.IndexOf(key, StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        // Replace the value up to the next comma, bracket or line end: enough to change its type.
        var start = at + key.Length;
        var end = text.IndexOfAny([',', '}', '\n'], start);
        return text[..start] + value + text[end..];
    }

    private static string FirstItem(string text)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(text);
        return doc.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object && doc.RootElement.TryGetProperty("itemList", out var list)
            ? list[0].GetRawText()
            : "{}";
    }
}
