using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace SahkoinenPerhekeskus.Core.Feedback;

/// <summary>
/// A keyed hash (HMAC-SHA-256, 128 bits kept) of a normalised search text. Rows below the k-days threshold hold only
/// this, so a rare string such as a name is not in the database; the key is outside the database, so the hash cannot
/// be checked against a list of names by someone who has only a copy of the database.
/// </summary>
public sealed class SearchTermHasher
{
    public const string KeyFileName = "search-terms.key";

    private readonly byte[] _key;

    public SearchTermHasher(IOptions<FeedbackOptions> options, DataPaths paths)
    {
        _key = options.Value.TermHashKey is { Length: > 0 } configured
            ? Convert.FromBase64String(configured)
            : LoadOrCreateKey(Path.Combine(paths.KeysDirectory, KeyFileName));
    }

    public string Hash(string normalisedTerm) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(normalisedTerm)).AsSpan(0, SearchTermDayCount.HashLength / 2));

    private static byte[] LoadOrCreateKey(string file)
    {
        if (File.Exists(file))
        {
            return File.ReadAllBytes(file);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var key = RandomNumberGenerator.GetBytes(32);
        try
        {
            var mode = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                mode.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var stream = new FileStream(file, mode);
            stream.Write(key);
            return key;
        }
        catch (IOException) when (File.Exists(file))
        {
            // Another node or process created it first: use theirs.
            return File.ReadAllBytes(file);
        }
    }
}
