using Json.Schema;

namespace SahkoinenPerhekeskus.Web.Tests.Api.Hsds.Schema;

/// <summary>The validator itself: it must reject what the schemas reject, or the conformance tests prove nothing.</summary>
public sealed class HsdsSchemaValidatorTests
{
    private static readonly HsdsSchemaValidator Validator = HsdsSchemaValidator.Shared;

    private static IReadOnlyList<string> Errors(string json, string schema) => Validator.Validate(JsonDocument.Parse(json).RootElement, schema);

    [Fact]
    public void Validate_MinimalValidService_HasNoErrors() =>
        Assert.Empty(Errors("""{"id": "ac148810-d857-441c-9679-408f346de14b", "name": "Neuvola", "status": "active"}""", "service.json"));

    [Theory]
    [InlineData("""{"name": "Neuvola", "status": "active"}""", "$: required")]
    [InlineData("""{"id": "not-a-uuid", "name": "Neuvola", "status": "active"}""", "$/id: format")]
    [InlineData("""{"id": "ac148810-d857-441c-9679-408f346de14b", "name": 5, "status": "active"}""", "$/name: type")]
    [InlineData("""{"id": "ac148810-d857-441c-9679-408f346de14b", "name": "N", "status": "open"}""", "$/status: enum")]
    [InlineData("""{"id": "ac148810-d857-441c-9679-408f346de14b", "name": "N", "status": "active", "url": "not a url"}""", "$/url: format")]
    [InlineData("""{"id": "ac148810-d857-441c-9679-408f346de14b", "name": "N", "status": "active", "phones": [{"id": "ac148810-d857-441c-9679-408f346de14b"}]}""", "$/phones/0: required")]
    [InlineData("""{"id": "ac148810-d857-441c-9679-408f346de14b", "name": "N", "status": "active", "minimum_age": "3"}""", "$/minimum_age: type")]
    [InlineData("""{"id": "ac148810-d857-441c-9679-408f346de14b", "name": "N", "status": "active", "organization": {"id": "ac148810-d857-441c-9679-408f346de14b", "name": "O"}}""", "$/organization: required")]
    public void Validate_BrokenService_ReportsTheProblemWhereItIs(string json, string expected) =>
        Assert.Contains(Errors(json, "service.json"), e => e.StartsWith(expected, StringComparison.Ordinal));

    [Fact]
    public void Validate_RefToAFileNotInTheBundle_FailsLoudly() =>
        Assert.Throws<InvalidOperationException>(() =>
            Errors("""{"id": "ac148810-d857-441c-9679-408f346de14b", "name": "N", "status": "active", "funding": [{}]}""", "service.json"));

    [Theory]
    [InlineData("""{"empty": true, "total_items": 0}""", true)]
    [InlineData("""{"total_items": 0, "contents": []}""", false)]
    [InlineData("""{"empty": "no", "contents": []}""", false)]
    [InlineData("""{"empty": false, "total_items": 1.5, "contents": []}""", false)]
    public void ValidatePage_ChecksTheEnvelope(string json, bool valid)
    {
        var withContents = json.Contains("contents", StringComparison.Ordinal) ? json : json.TrimEnd('}') + ", \"contents\": []}";

        var errors = Validator.ValidatePage(JsonDocument.Parse(withContents).RootElement, "taxonomy.json");

        Assert.Equal(valid, errors.Count == 0);
    }

    [Theory]
    [InlineData("2026-01-31", "date", true)]
    [InlineData("31.1.2026", "date", false)]
    [InlineData("2026-01-31T12:00:00.000Z", "date-time", true)]
    [InlineData("2026-01-31 12:00", "date-time", false)]
    [InlineData("a@example.fi", "email", true)]
    [InlineData("not an email", "email", false)]
    public void Formats_AreAsserted(string text, string format, bool expected)
    {
        var schema = JsonSchema.FromText($$"""{"type": "string", "format": "{{format}}"}""");

        var result = schema.Evaluate(JsonDocument.Parse(JsonSerializer.Serialize(text)).RootElement, new EvaluationOptions { RequireFormatValidation = true });

        Assert.Equal(expected, result.IsValid);
    }
}
