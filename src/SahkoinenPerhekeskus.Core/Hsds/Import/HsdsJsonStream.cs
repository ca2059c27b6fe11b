using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace SahkoinenPerhekeskus.Core.Hsds.Import;

/// <summary>One element of a top-level array. The caller disposes it once the record is handled.</summary>
internal sealed record HsdsJsonRecord(string Section, int Index, JsonDocument Document) : IDisposable
{
    public void Dispose() => Document.Dispose();
}

/// <summary>
/// Reads an HSDS file one array element at a time, so memory follows the largest record rather than the file.
/// Accepts {"hsds_version", "taxonomies", "taxonomy_terms", "organizations", "services"} in any order, or a bare
/// array of services. Any syntax or shape problem throws <see cref="HsdsImportException"/> with line and position.
/// </summary>
internal sealed class HsdsJsonStream(Stream stream, Action<string> warn, bool acceptAnyVersion = false)
{
    public const int MaxDepth = 64;

    /// <summary>A single record larger than this is not a service description but a broken or hostile file.</summary>
    public const int MaxRecordBytes = 32 * 1024 * 1024;

    public static readonly IReadOnlySet<string> Sections = new HashSet<string>(StringComparer.Ordinal)
    {
        "taxonomies", "taxonomy_terms", "organizations", "services",
    };

    private enum Phase
    {
        Start,
        Property,
        Version,
        SkipValue,
        SectionStart,
        Items,
        End,
    }

    private JsonReaderState _state = new(new JsonReaderOptions { MaxDepth = MaxDepth });
    private Phase _phase = Phase.Start;
    private bool _bareArray;
    private string _section = "";
    private int _index;

    // Utf8JsonReader keeps its line number private, so shape errors count lines themselves.
    private long _offset;
    private long _line;
    private long _lineStart;

    public long BytesRead { get; private set; }
    public string? Version { get; private set; }

    public async IAsyncEnumerable<HsdsJsonRecord> ReadAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var records = new List<HsdsJsonRecord>();
        int start = 0, end = 0;
        var bomChecked = false;
        try
        {
            while (true)
            {
                if (start > 0)
                {
                    Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                    end -= start;
                    start = 0;
                }

                if (end == buffer.Length)
                {
                    buffer = Grow(buffer, end);
                }

                var read = await stream.ReadAsync(buffer.AsMemory(end), ct);
                BytesRead += read;
                end += read;
                var final = read == 0;
                if (!bomChecked)
                {
                    if (end < 3 && !final)
                    {
                        continue;
                    }

                    // Utf8JsonReader does not skip a byte-order mark; editors on Windows like to add one.
                    bomChecked = true;
                    if (end >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
                    {
                        start = 3;
                        _offset = _lineStart = 3;
                    }
                }

                start += Step(buffer.AsSpan(start, end - start), final, records);
                foreach (var record in records)
                {
                    yield return record;
                }

                records.Clear();
                if (final)
                {
                    if (_phase != Phase.End)
                    {
                        throw new HsdsImportException(_phase == Phase.Start ? "the file is empty" : "the file ends before the JSON is complete", _line + 1);
                    }

                    break;
                }
            }
        }
        finally
        {
            records.ForEach(r => r.Dispose());
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] Grow(byte[] buffer, int used)
    {
        if (buffer.Length >= MaxRecordBytes)
        {
            throw new HsdsImportException($"a single record is larger than {MaxRecordBytes / (1024 * 1024)} MB");
        }

        var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
        Buffer.BlockCopy(buffer, 0, bigger, 0, used);
        ArrayPool<byte>.Shared.Return(buffer);
        return bigger;
    }

    /// <summary>Consumes what it can of <paramref name="data"/> and returns how many bytes it used.</summary>
    private int Step(ReadOnlySpan<byte> data, bool final, List<HsdsJsonRecord> records)
    {
        var reader = new Utf8JsonReader(data, final, _state);
        try
        {
            while (Advance(ref reader, data, records))
            {
            }
        }
        catch (JsonException e)
        {
            var reason = e.Message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase)
                ? $"the JSON is nested deeper than {MaxDepth} levels"
                : "the file is not valid JSON: " + Clean(e.Message);
            throw new HsdsImportException(reason, e.LineNumber + 1, e.BytePositionInLine + 1, e);
        }

        var consumed = (int)reader.BytesConsumed;
        if (!Utf8.IsValid(data[..consumed]))
        {
            throw EncodingError(data[..consumed]);
        }

        CountLines(data[..consumed], _offset);
        _offset += consumed;
        _state = reader.CurrentState;
        return consumed;
    }

    /// <summary>Moves past one token, or one whole record; false when more data is needed (or the file is done).</summary>
    private bool Advance(ref Utf8JsonReader reader, ReadOnlySpan<byte> data, List<HsdsJsonRecord> records)
    {
        var checkpoint = reader;
        if (!reader.Read())
        {
            reader = checkpoint;
            return false;
        }

        switch (_phase)
        {
            case Phase.Start when reader.TokenType == JsonTokenType.StartObject:
                _phase = Phase.Property;
                return true;
            case Phase.Start when reader.TokenType == JsonTokenType.StartArray:
                (_bareArray, _section, _index, _phase) = (true, "services", 0, Phase.Items);
                return true;
            case Phase.Start:
                throw ShapeError("the top level must be an HSDS object ({\"services\": [...]}) or an array of services", reader, data);
            case Phase.Property when reader.TokenType == JsonTokenType.EndObject:
                _phase = Phase.End;
                return true;
            case Phase.Property:
                var name = reader.GetString() ?? "";
                if (name == "hsds_version")
                {
                    _phase = Phase.Version;
                }
                else if (Sections.Contains(name))
                {
                    (_section, _phase) = (name, Phase.SectionStart);
                }
                else
                {
                    warn($"unknown top-level key '{name}' ignored");
                    _phase = Phase.SkipValue;
                }

                return true;
            case Phase.Version when reader.TokenType is JsonTokenType.String or JsonTokenType.Number:
                Version = reader.TokenType == JsonTokenType.String ? reader.GetString() : Encoding.UTF8.GetString(reader.ValueSpan);
                if (!acceptAnyVersion && !IsVersion3(Version))
                {
                    throw ShapeError($"hsds_version '{Version}' is not 3.x, and this importer reads HSDS 3.0. Check the file's version, or import it anyway with --accept-version (it is then read as 3.0)", reader, data);
                }

                _phase = Phase.Property;
                return true;
            case Phase.Version or Phase.SkipValue:
                if (!TrySkipValue(ref reader))
                {
                    reader = checkpoint;
                    return false;
                }

                _phase = Phase.Property;
                return true;
            case Phase.SectionStart when reader.TokenType == JsonTokenType.StartArray:
                (_index, _phase) = (0, Phase.Items);
                return true;
            case Phase.SectionStart:
                throw ShapeError($"'{_section}' must be an array", reader, data);
            case Phase.Items when reader.TokenType == JsonTokenType.EndArray:
                _phase = _bareArray ? Phase.End : Phase.Property;
                return true;
            case Phase.Items:
                // A record split across two buffer fills is parsed when the rest has arrived.
                var probe = reader;
                if (!TrySkipValue(ref probe))
                {
                    reader = checkpoint;
                    return false;
                }

                records.Add(new HsdsJsonRecord(_section, _index++, JsonDocument.ParseValue(ref reader)));
                return true;
            default:
                throw ShapeError("there is more data after the end of the top-level value", reader, data);
        }
    }

    private static bool TrySkipValue(ref Utf8JsonReader reader) =>
        reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray) || reader.TrySkip();

    private HsdsImportException ShapeError(string reason, Utf8JsonReader reader, ReadOnlySpan<byte> data)
    {
        var (line, lineStart) = (_line, _lineStart);
        var before = data[..(int)reader.TokenStartIndex];
        var count = before.Count((byte)'\n');
        if (count > 0)
        {
            line += count;
            lineStart = _offset + before.LastIndexOf((byte)'\n') + 1;
        }

        return new HsdsImportException(reason, line + 1, _offset + reader.TokenStartIndex - lineStart + 1);
    }

    /// <summary>"3", "3.0", "3.1.2": what this importer reads.</summary>
    public static bool IsVersion3(string? version) =>
        version is not null && (version.Trim() == "3" || version.Trim().StartsWith("3.", StringComparison.Ordinal));

    /// <summary>
    /// JSON is UTF-8; a file saved in Latin-1 or Windows-1252 (ä as one byte) would otherwise reach the records as
    /// broken strings. The error names the line and column of the first bad byte.
    /// </summary>
    private HsdsImportException EncodingError(ReadOnlySpan<byte> consumed)
    {
        var chars = new char[consumed.Length];
        Utf8.ToUtf16(consumed, chars, out var valid, out _, replaceInvalidSequences: false);
        var before = consumed[..valid];
        var count = before.Count((byte)'\n');
        var line = _line + count;
        var lineStart = count > 0 ? _offset + before.LastIndexOf((byte)'\n') + 1 : _lineStart;
        return new HsdsImportException(
            "the file is not valid UTF-8 (JSON files must be UTF-8; it may have been saved as Latin-1 or Windows-1252). Save it as UTF-8 and import again",
            line + 1,
            _offset + valid - lineStart + 1);
    }

    private void CountLines(ReadOnlySpan<byte> consumed, long offset)
    {
        var count = consumed.Count((byte)'\n');
        if (count > 0)
        {
            _line += count;
            _lineStart = offset + consumed.LastIndexOf((byte)'\n') + 1;
        }
    }

    // System.Text.Json appends its own 0-based position; ours is 1-based and already in the exception.
    private static string Clean(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut].TrimEnd(' ', '|', '.') + "." : message;
    }
}
