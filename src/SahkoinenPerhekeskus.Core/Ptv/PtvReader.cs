using System.Runtime.CompilerServices;
using System.Text.Json;

namespace SahkoinenPerhekeskus.Core.Ptv;

/// <summary>One service or channel object from the input, with where it was found.</summary>
internal sealed record PtvItem(string File, int Index, JsonElement Element)
{
    public string Where => $"{Path.GetFileName(File)}[{Index}]";

    public bool IsChannel => Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty("serviceChannelType", out _);
}

/// <summary>
/// Reads PTV Open API JSON from a file or every *.json file of a directory: a top-level array of services and
/// channels is streamed item by item (memory follows the largest item); a single object, a paging envelope
/// ({"itemList": [...]}) or a bundle ({"services": [...], "serviceChannels": [...]}) is read whole, up to
/// <see cref="MaxDocumentBytes"/>. Broken JSON throws <see cref="PtvImportException"/> naming file and line.
/// </summary>
internal static class PtvReader
{
    public const int MaxDepth = 64;
    public const long MaxDocumentBytes = 32L * 1024 * 1024;

    private static readonly JsonSerializerOptions Options = new() { MaxDepth = MaxDepth };
    private static readonly string[] Lists = ["itemList", "services", "serviceChannels", "channels"];

    public static IReadOnlyList<string> Files(string path)
    {
        if (Directory.Exists(path))
        {
            return [.. Directory.GetFiles(path, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
        }

        return File.Exists(path) ? [path] : throw new PtvImportException($"{path} is neither a file nor a directory");
    }

    public static async IAsyncEnumerable<PtvItem> ReadAsync(string file, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        var first = FirstByte(stream);
        var index = 0;
        if (first == '[')
        {
            var items = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(stream, Options, ct).GetAsyncEnumerator(ct);
            try
            {
                while (await Next(items, file))
                {
                    yield return new PtvItem(file, index++, items.Current);
                }
            }
            finally
            {
                await items.DisposeAsync();
            }

            yield break;
        }

        if (first != '{')
        {
            throw new PtvImportException($"{Path.GetFileName(file)} is not JSON: it must hold an object or an array of PTV services and channels");
        }

        if (stream.Length > MaxDocumentBytes)
        {
            throw new PtvImportException($"{Path.GetFileName(file)} is larger than {MaxDocumentBytes / (1024 * 1024)} MB as one object; give the items as a top-level array (read as a stream) or split the file");
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(stream, new JsonDocumentOptions { MaxDepth = MaxDepth }, ct);
        }
        catch (JsonException e)
        {
            throw Broken(file, e);
        }

        using (document)
        {
            var root = document.RootElement;
            var lists = Lists.Where(l => root.TryGetProperty(l, out var list) && list.ValueKind == JsonValueKind.Array).ToList();
            if (lists.Count == 0)
            {
                yield return new PtvItem(file, 0, root.Clone());
                yield break;
            }

            foreach (var list in lists)
            {
                foreach (var item in root.GetProperty(list).EnumerateArray())
                {
                    yield return new PtvItem(file, index++, item.Clone());
                }
            }
        }
    }

    private static async Task<bool> Next(IAsyncEnumerator<JsonElement> items, string file)
    {
        try
        {
            return await items.MoveNextAsync();
        }
        catch (JsonException e)
        {
            throw Broken(file, e);
        }
    }

    private static PtvImportException Broken(string file, JsonException e) =>
        new(IsTooDeep(e)
                ? $"{Path.GetFileName(file)} is nested deeper than {MaxDepth} levels"
                : $"{Path.GetFileName(file)} is not valid JSON (line {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1})",
            e);

    // A truncated file also mentions "depth" ("Expected depth to be zero…"); only the maximum-depth message means too deep.
    private static bool IsTooDeep(JsonException e) =>
        e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase) && e.Message.Contains("maximum", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first byte that is not white space or a byte-order mark; the stream is rewound.</summary>
    private static int FirstByte(Stream stream)
    {
        int b;
        do
        {
            b = stream.ReadByte();
        }
        while (b is ' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF);

        stream.Position = 0;
        return b;
    }
}
