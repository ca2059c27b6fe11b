using System.Security.Cryptography;
using System.Text;

namespace SahkoinenPerhekeskus.Core.Hsds;

/// <summary>
/// HSDS 3.0 ids are UUIDs. Rows that came from an HSDS feed keep theirs; rows born here (content codes such as
/// "siun-sote", channels, areas) get a name-based UUID (RFC 9562 version 5), so the same row always has the same
/// id in every response and export without storing anything.
/// </summary>
public static class HsdsIds
{
    /// <summary>The namespace of the tray's name-based ids. Changing it would change every derived id.</summary>
    private static readonly Guid Namespace = new("3b0f6c0e-2f5e-4c55-9d2a-6e1f0a6b8d41");

    /// <summary>The value when it already is a UUID (lower-cased), else the UUID derived from kind and value.</summary>
    public static string For(string kind, string value) =>
        IsUuid(value) ? value.ToLowerInvariant() : Derived(kind + ":" + value);

    public static bool IsUuid(string? value) => value is { Length: 36 } && Guid.TryParseExact(value, "D", out _);

    /// <summary>UUID version 5 of <paramref name="name"/> in the tray's namespace.</summary>
    public static string Derived(string name)
    {
        Span<byte> input = stackalloc byte[16];
        Namespace.TryWriteBytes(input, bigEndian: true, out _);
        var bytes = new byte[16 + Encoding.UTF8.GetByteCount(name)];
        input.CopyTo(bytes);
        Encoding.UTF8.GetBytes(name, bytes.AsSpan(16));

        // SHA-1 is what version 5 is defined with; the id is a name, not a secret.
#pragma warning disable CA5350
        var hash = SHA1.HashData(bytes);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D");
    }
}
