using System.Security.Cryptography;

namespace SahkoinenPerhekeskus.BrowserTests.Hallinta.FormCrawl;

/// <summary>The code an authenticator app shows (RFC 6238: HMAC-SHA1, 30 s, 6 digits), from the key the page displays.</summary>
public static class Totp
{
    public static string Code(string displayedKey, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(displayedKey);
        var key = Base32(displayedKey.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant());
        var counter = BitConverter.GetBytes(now.ToUnixTimeSeconds() / 30);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }

#pragma warning disable CA5350 // RFC 6238 authenticator apps use HMAC-SHA1; the test must compute what they show.
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('='))
        {
            var value = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException($"Not a base32 character: {c}");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)((buffer >> bits) & 0xff));
            }
        }

        return [.. bytes];
    }
}
