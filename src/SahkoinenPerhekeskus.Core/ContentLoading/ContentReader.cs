using System.Text.Json;
using System.Text.Json.Serialization;

namespace SahkoinenPerhekeskus.Core.ContentLoading;

/// <summary>Parses content files strictly: unknown fields, comments and type mismatches are named errors.</summary>
public sealed class ContentReader(string contentDirectory)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        RespectNullableAnnotations = true,
    };

    public string ContentDirectory { get; } = contentDirectory;

    public string Relative(string path) => Path.GetRelativePath(Path.GetDirectoryName(ContentDirectory) ?? ContentDirectory, path);

    public T Read<T>(string relativePath)
    {
        var path = Path.Combine(ContentDirectory, relativePath);
        var shown = Relative(path);
        if (!File.Exists(path))
        {
            throw new ContentLoadException(shown, "(file)", "the file is missing");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<T>(stream, Options)
                ?? throw new ContentLoadException(shown, "$", "the file is empty (null)");
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1})" : "";
            throw new ContentLoadException(shown, (e.Path ?? "$") + where, Clean(e.Message));
        }
    }

    public IEnumerable<string> Files(string relativeDirectory, string pattern)
    {
        var dir = Path.Combine(ContentDirectory, relativeDirectory);
        return Directory.Exists(dir)
            ? Directory.EnumerateFiles(dir, pattern).Order(StringComparer.Ordinal)
            : [];
    }

    // System.Text.Json appends its own path and position; the file, field and line are already in our message.
    private static string Clean(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
