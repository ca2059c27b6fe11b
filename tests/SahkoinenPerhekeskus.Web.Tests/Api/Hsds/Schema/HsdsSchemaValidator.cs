using Json.Schema;

namespace SahkoinenPerhekeskus.Web.Tests.Api.Hsds.Schema;

/// <summary>
/// Validates JSON against the HSDS 3.0 schema files in tests/schemas/hsds with JsonSchema.Net (draft 2020-12).
/// Every file is registered under the specification's own base URI, so the relative <c>$ref</c>s between files
/// resolve inside the bundle whether or not a file declares an <c>$id</c>. A <c>$ref</c> to a file that is not in
/// the bundle throws, so a gap in the copied schemas cannot pass silently. Formats are asserted, as a strict
/// client would; the spec's "%Y" is a strftime pattern, not a JSON Schema format, and stays an annotation.
/// </summary>
public sealed class HsdsSchemaValidator
{
    private static readonly Uri BundleBase = new("https://raw.githubusercontent.com/openreferral/specification/refs/heads/3.2/schema/");
    private static readonly Lock CountFileLock = new();
    private static readonly string CountFile = Path.Combine(Path.GetTempPath(), "hsds-schema-validated.txt");
    private static int Validations;

    private readonly string _directory;
    private readonly BuildOptions _build;
    private readonly Dictionary<string, JsonSchema> _schemas = new(StringComparer.Ordinal);
    private readonly Lock _load = new();

    private static readonly EvaluationOptions Evaluation = new()
    {
        OutputFormat = OutputFormat.List,
        RequireFormatValidation = true,
    };

    static HsdsSchemaValidator()
    {
        FormatRegistry.Global.Register(new PredicateFormat("%Y", _ => true));
    }

    public HsdsSchemaValidator(string? directory = null)
    {
        _directory = directory ?? DefaultDirectory();
        _build = new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft202012 };
        foreach (var path in Directory.EnumerateFiles(_directory, "*.json").Order(StringComparer.Ordinal))
        {
            Load(Path.GetFileName(path));
        }
    }

    /// <summary>How many documents passed validation in this test run (reported at the end of the run).</summary>
    public static int ValidatedCount => Validations;

    public static HsdsSchemaValidator Shared { get; } = new();

    /// <summary>Problems as "path: keyword: message"; empty when valid.</summary>
    public IReadOnlyList<string> Validate(JsonElement instance, string schemaFile)
    {
        var errors = Evaluate(Load(schemaFile), instance, "$");
        if (errors.Count == 0)
        {
            Counted();
        }

        return errors;
    }

    /// <summary>An HSDS paging envelope: the Page schema, plus every item of contents against <paramref name="itemSchema"/>.</summary>
    public IReadOnlyList<string> ValidatePage(JsonElement instance, string itemSchema)
    {
        var errors = Evaluate(Load("page.json"), instance, "$").ToList();
        if (instance.ValueKind == JsonValueKind.Object && instance.TryGetProperty("contents", out var contents) && contents.ValueKind == JsonValueKind.Array)
        {
            var item = Load(itemSchema);
            var index = 0;
            foreach (var element in contents.EnumerateArray())
            {
                errors.AddRange(Evaluate(item, element, string.Create(CultureInfo.InvariantCulture, $"$.contents[{index++}]")));
            }
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

    private static List<string> Evaluate(JsonSchema schema, JsonElement instance, string root)
    {
        EvaluationResults results;
        try
        {
            results = schema.Evaluate(instance, Evaluation);
        }
        catch (Exception e) when (e is JsonSchemaException or RefResolutionException)
        {
            throw new InvalidOperationException($"The schema bundle cannot evaluate this document: {e.Message}", e);
        }

        var errors = new List<string>();
        if (results.IsValid)
        {
            return errors;
        }

        foreach (var detail in results.Details ?? [])
        {
            foreach (var (keyword, message) in detail.Errors ?? new Dictionary<string, string>())
            {
                errors.Add($"{root}{detail.InstanceLocation}: {keyword}: {message}");
            }
        }

        if (errors.Count == 0)
        {
            errors.Add($"{root}: invalid");
        }

        return errors;
    }

    private JsonSchema Load(string file)
    {
        lock (_load)
        {
            if (_schemas.TryGetValue(file, out var known))
            {
                return known;
            }

            var path = Path.Combine(_directory, file);
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"Schema {file} is not in the bundle ({_directory}); copy it from openreferral/specification.");
            }

            var schema = JsonSchema.FromText(File.ReadAllText(path), _build, new Uri(BundleBase, file));
            _schemas[file] = schema;
            return schema;
        }
    }

    /// <summary>
    /// Counts a valid document and keeps the run's count in a file, for the closing note. Written at every count
    /// rather than at process exit, because the test host may be ended before exit handlers finish.
    /// </summary>
    private static void Counted()
    {
        lock (CountFileLock)
        {
            Validations++;
            File.WriteAllText(CountFile, Validations.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static string DefaultDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "tests", "schemas", "hsds")))
        {
            directory = directory.Parent;
        }

        return directory is null
            ? throw new InvalidOperationException("tests/schemas/hsds not found above " + AppContext.BaseDirectory)
            : Path.Combine(directory.FullName, "tests", "schemas", "hsds");
    }
}
