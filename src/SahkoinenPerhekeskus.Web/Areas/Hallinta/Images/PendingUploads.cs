using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Images;

/// <summary>
/// Keeps an accepted image file while the editor fixes another field. A browser never re-fills a file input, so
/// without this a missing alternative text would throw away the file the editor chose. The token is random and bound
/// to the service in the file name; files are removed once used and swept after <see cref="Lifetime"/>.
/// </summary>
public sealed partial class PendingUploads(DataPaths paths, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    private string Directory => Path.Combine(paths.DataDirectory, "media-pending");

    public async Task<string> KeepAsync(int serviceId, byte[] bytes, CancellationToken ct)
    {
        Sweep();
        System.IO.Directory.CreateDirectory(Directory);
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        await File.WriteAllBytesAsync(PathOf(serviceId, token), bytes, ct);
        return token;
    }

    /// <summary>The kept bytes, or null when the token is malformed, belongs to another service or has expired.</summary>
    public async Task<byte[]?> ReadAsync(int serviceId, string? token, CancellationToken ct)
    {
        if (token is null || !TokenShape().IsMatch(token))
        {
            return null;
        }

        var path = PathOf(serviceId, token);
        if (!File.Exists(path) || clock.GetUtcNow().UtcDateTime - File.GetLastWriteTimeUtc(path) > Lifetime)
        {
            return null;
        }

        return await File.ReadAllBytesAsync(path, ct);
    }

    public void Forget(int serviceId, string? token)
    {
        if (token is not null && TokenShape().IsMatch(token))
        {
            File.Delete(PathOf(serviceId, token));
        }
    }

    private void Sweep()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory))
        {
            if (now - File.GetLastWriteTimeUtc(file) > Lifetime)
            {
                File.Delete(file);
            }
        }
    }

    private string PathOf(int serviceId, string token) =>
        Path.Combine(Directory, serviceId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + token);

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex TokenShape();
}
