using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace SahkoinenPerhekeskus.Web.Security;

/// <summary>
/// Names a client (or an account) for throttling without keeping who it is: a keyed hash under a random key that
/// lives only in this process's memory and is replaced at every UTC midnight, so the keys cannot be reversed or
/// linked from one day to the next, and nothing of them is ever written anywhere (ADR 0008).
/// </summary>
public sealed class ClientKeys(TimeProvider time)
{
    /// <summary>The key of requests without an address (a Unix socket, the test server): they share one bucket.</summary>
    public const string NoAddress = "-";

    private readonly Lock _gate = new();
    private DateOnly _keyDay;
    private byte[] _key = [];

    public string For(IPAddress? address) =>
        address is null ? NoAddress : Hash(address.IsIPv4MappedToIPv6 ? address.MapToIPv4().GetAddressBytes() : address.GetAddressBytes());

    /// <summary>The key of an account name (normalised upper case), so a throttle can count per account.</summary>
    public string ForAccount(string normalizedName) => "a:" + Hash(Encoding.UTF8.GetBytes(normalizedName));

    private string Hash(byte[] value)
    {
        byte[] key;
        lock (_gate)
        {
            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            if (today != _keyDay || _key.Length == 0)
            {
                _key = RandomNumberGenerator.GetBytes(32);
                _keyDay = today;
            }

            key = _key;
        }

        return Convert.ToBase64String(HMACSHA256.HashData(key, value).AsSpan(0, 12));
    }
}
