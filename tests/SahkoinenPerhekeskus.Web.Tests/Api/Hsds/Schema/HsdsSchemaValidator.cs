using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SahkoinenPerhekeskus.Web.Tests.Api.Hsds.Schema;

/// <summary>
/// Validates JSON against the HSDS 3.0 schema files in tests/schemas/hsds. JsonSchema.Net cannot be restored here
/// (its dependency JsonPointer.Net is missing from the registry for every version), so this implements the subset
/// of JSON Schema 2020-12 those files use: type, required, properties, items, enum, allOf, $ref to a file of the
/// bundle, and format uuid, uri, email, date, date-time (asserted, as a strict client would). Other keywords in
/// the files are annotations (description, example, constraints, core …) and are ignored, as the spec says.
/// A $ref to a file that is not in the bundle is an error, so a gap in the copied schemas cannot pass silently.
/// </summary>
public sealed partial class HsdsSchemaValidator
{
    private static int _validated;

    private readonly ConcurrentDictionary<string, JsonElement> _schemas = new(StringComparer.Ordinal);
    private readonly string _directory;

    private static readonly Lock CountFileLock = new();
    private static readonly string CountFile = Path.Combine(Path.GetTempPath(), "hsds-schema-validated.txt");

    public HsdsSchemaValidator(string? directory = null)
    {
        _directory = directory ?? DefaultDirectory();
    }

    /// <summary>How many documents passed validation in this test run (reported at the end of the run).</summary>
    public static int ValidatedCount => _validated;

    public static HsdsSchemaValidator Shared { get; } = new();

    /// <summary>
    /// Counts a valid document and keeps the run's count in a file, for the closing note. Written at every count
    /// rather than at process exit, because the test host may be ended before exit handlers finish.
    /// </summary>
    private static void Counted()
    {
        lock (CountFileLock)
        {
            _validated++;
            File.WriteAllText(CountFile, _validated.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Problems as "path: message"; empty when valid.</summary>
    public IReadOnlyList<string> Validate(JsonElement instance, string schemaFile)
    {
        var errors = new List<string>();
        Check(instance, Load(schemaFile), "$", schemaFile, errors, 0);
        if (errors.Count == 0)
        {
            Counted();
        }

        return errors;
    }

    /// <summary>An HSDS paging envelope: the Page schema, plus every item of contents against <paramref name="itemSchema"/>.</summary>
    public IReadOnlyList<string> ValidatePage(JsonElement instance, string itemSchema)
    {
        var errors = new List<string>();
        Check(instance, Load("page.json"), "$", "page.json", errors, 0);
        if (instance.ValueKind == JsonValueKind.Object && instance.TryGetProperty("contents", out var contents))
        {
            Check(contents, JsonDocument.Parse("{\"type\": \"array\", \"items\": {\"$ref\": \"" + itemSchema + "\"}}").RootElement, "$.contents", "page", errors, 0);
        }
        else
        {
            errors.Add("$: contents is missing");
        }

        if (errors.Count == 0)
        {
            Counted();
        }

        return errors;
    }

    private JsonElement Load(string file) => _schemas.GetOrAdd(file, f =>
    {
        var path = Path.Combine(_directory, f);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Schema {f} is not in the bundle ({_directory}); copy it from openreferral/specification.");
        }

        return JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();
    });

    private void Check(JsonElement value, JsonElement schema, string path, string file, List<string> errors, int depth)
    {
        if (depth > 64)
        {
            errors.Add($"{path}: schema recursion deeper than 64");
            return;
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            var target = reference.GetString() ?? "";
            if (target.StartsWith('#'))
            {
                errors.Add($"{path}: local $ref '{target}' is not supported by this validator");
            }
            else
            {
                Check(value, Load(target), path, target, errors, depth + 1);
            }
        }

        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var part in allOf.EnumerateArray())
            {
                Check(value, part, path, file, errors, depth + 1);
            }
        }

        if (schema.TryGetProperty("type", out var type) && !TypeMatches(value, type))
        {
            errors.Add($"{path}: expected {type.GetRawText()}, found {value.ValueKind.ToString().ToLowerInvariant()}");
            return;
        }

        if (schema.TryGetProperty("enum", out var options) && !options.EnumerateArray().Any(o => JsonElement.DeepEquals(o, value)))
        {
            errors.Add($"{path}: {value.GetRawText()} is not one of {options.GetRawText()}");
        }

        if (value.ValueKind == JsonValueKind.String && schema.TryGetProperty("format", out var format) && !FormatMatches(value.GetString()!, format.GetString()))
        {
            errors.Add($"{path}: '{value.GetString()}' is not a valid {format.GetString()}");
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
                {
                    errors.Add($"{path}: required property '{name}' is missing ({file})");
                }
            }

            if (schema.TryGetProperty("properties", out var properties))
            {
                foreach (var property in properties.EnumerateObject())
                {
                    if (value.TryGetProperty(property.Name, out var child))
                    {
                        Check(child, property.Value, $"{path}.{property.Name}", file, errors, depth + 1);
                    }
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(item, items, $"{path}[{i++}]", file, errors, depth + 1);
            }
        }
    }

    private static bool TypeMatches(JsonElement value, JsonElement type) => type.ValueKind == JsonValueKind.Array
        ? type.EnumerateArray().Any(t => TypeMatches(value, t.GetString()))
        : TypeMatches(value, type.GetString());

    private static bool TypeMatches(JsonElement value, string? type) => type switch
    {
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && d == decimal.Truncate(d),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => true,
    };

    /// <summary>Formats as JSON Schema defines them; unknown formats (such as the spec's "%Y") are annotations.</summary>
    internal static bool FormatMatches(string text, string? format) => format switch
    {
        "uuid" => UuidPattern().IsMatch(text),
        "uri" => Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme.Length > 0 && !text.Contains(' ', StringComparison.Ordinal),
        "email" => EmailPattern().IsMatch(text),
        "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "date-time" => DateTimePattern().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        _ => true,
    };

    private static string DefaultDirectory([CallerFilePath] string source = "")
    {
        for (var dir = Path.GetDirectoryName(source); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            var candidate = Path.Combine(dir, "tests", "schemas", "hsds");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("tests/schemas/hsds not found above " + source);
    }

    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex UuidPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex DateTimePattern();
}
