namespace SahkoinenPerhekeskus.Core.ContentLoading;

/// <summary>
/// Reads the small "key: value" block between two "---" lines at the top of a Markdown page.
/// Deliberately not YAML: editors write only flat keys, and a tiny parser gives exact error messages.
/// </summary>
public static class FrontMatter
{
    public static (IReadOnlyDictionary<string, string> Fields, string Body) Parse(string text, string file)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            throw new ContentLoadException(file, "front matter", "the file must start with a line '---'");
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim() == "---")
            {
                return (fields, string.Join('\n', lines.Skip(i + 1)).Trim());
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new ContentLoadException(file, $"front matter line {i + 1}", "expected 'key: value'");
            }

            fields[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        throw new ContentLoadException(file, "front matter", "the closing '---' line is missing");
    }
}
