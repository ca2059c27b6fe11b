using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace SahkoinenPerhekeskus.Core.Hsds.Import;

/// <summary>The problems found in one record. Any problem means the record is not imported.</summary>
internal sealed partial class HsdsRecordProblems(string section, int index, string? id)
{
    private readonly List<HsdsRecordError> _errors = [];

    public string Section { get; } = section;
    public int Index { get; } = index;
    public string? Id { get; set; } = id;
    public bool Any => _errors.Count > 0;
    public IReadOnlyList<HsdsRecordError> Errors => _errors;

    public void Add(string field, string reason) => _errors.Add(new HsdsRecordError(Section, Index, Id, field, reason));

    public void Check(bool ok, string field, string reason)
    {
        if (!ok)
        {
            Add(field, reason);
        }
    }

    /// <summary>Required, at most <paramref name="max"/> characters.</summary>
    public void Required(string? value, string field, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "is required");
        }
        else
        {
            Length(value, field, max);
        }
    }

    public void Length(string? value, string field, int max) =>
        Check(value is null || value.Trim().Length <= max, field, $"is longer than {max} characters");

    public void Url(string? value, string field)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            Check(ContactRules.IsWebUrl(value.Trim()), field, $"'{Shown(value)}' is not an absolute http(s) address with a host name, at most {ServiceChannel.MaxValue} characters and without spaces, quotes or angle brackets");
        }
    }

    public void Email(string? value, string field)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            Check(ContactRules.IsEmail(value.Trim()), field, $"'{Shown(value)}' is not an e-mail address (like neuvola@kunta.fi, at most {ContactRules.MaxEmail} characters)");
        }
    }

    /// <summary>
    /// Reads a record into its HSDS shape; a value of the wrong JSON type becomes a named problem, not a crash.
    /// </summary>
    public static T? Read<T>(HsdsJsonRecord record, JsonTypeInfo<T> type, out HsdsRecordProblems problems)
        where T : class
    {
        var root = record.Document.RootElement;
        var id = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String
            ? idValue.GetString()
            : null;
        problems = new HsdsRecordProblems(record.Section, record.Index, id);
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add("(record)", $"is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object");
            return null;
        }

        try
        {
            return root.Deserialize(type);
        }
        catch (JsonException e)
        {
            var field = (e.Path ?? "$").TrimStart('$', '.');
            problems.Add(field.Length == 0 ? "(record)" : field, $"has the wrong JSON type ({KindAt(root, field)})");
            return null;
        }
    }

    /// <summary>What is actually at a serializer path like "phones[0].number", to say what was wrong.</summary>
    private static string KindAt(JsonElement root, string path)
    {
        var at = root;
        foreach (Match part in PathPart().Matches(path))
        {
            if (part.Groups["name"].Success && at.ValueKind == JsonValueKind.Object && at.TryGetProperty(part.Groups["name"].Value, out var child))
            {
                at = child;
            }
            else if (part.Groups["index"].Success && at.ValueKind == JsonValueKind.Array && int.TryParse(part.Groups["index"].Value, out var i) && i < at.GetArrayLength())
            {
                at = at[i];
            }
            else
            {
                return "unexpected value";
            }
        }

        return "found a " + at.ValueKind.ToString().ToLowerInvariant();
    }

    private static string Shown(string value) => value.Length <= 80 ? value : value[..80] + "…";

    [GeneratedRegex(@"(?<name>[^.\[\]]+)|\[(?<index>\d+)\]")]
    private static partial Regex PathPart();
}
