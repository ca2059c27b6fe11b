namespace SahkoinenPerhekeskus.Web.Security;

/// <summary>
/// Per-client limits of the public search, the JSON APIs and the sign-in form, bound from
/// <c>Perhekeskus:Web:RateLimits</c>. Each is a token bucket: a person's bursts (typing into the suggestion box, a
/// few quick filter clicks) fit in <see cref="Bucket.Burst"/>, and only a sustained rate above
/// <see cref="Bucket.PerSecond"/> meets a 429.
/// </summary>
public sealed record RateLimitOptions
{
    public const string Section = "Perhekeskus:Web:RateLimits";

    /// <summary>Off only for load benchmarks, which send every request from one address.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>The results page <c>/haku</c> in every language.</summary>
    public Bucket Search { get; init; } = new() { Burst = 40, PerSecond = 2 };

    /// <summary><c>/api/v1/*</c> (search and suggestions) and <c>/api/hsds/*</c>.</summary>
    public Bucket Api { get; init; } = new() { Burst = 120, PerSecond = 10 };

    public sealed record Bucket
    {
        public int Burst { get; init; }

        public double PerSecond { get; init; }

        public bool IsValid => Burst >= 1 && PerSecond > 0;
    }
}
