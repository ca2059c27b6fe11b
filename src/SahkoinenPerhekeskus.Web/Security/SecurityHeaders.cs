namespace SahkoinenPerhekeskus.Web.Security;

/// <summary>The response headers every response carries. See ADR 0002 for why each is there.</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// No 'unsafe-inline' anywhere: markup has no inline scripts, no inline styles and no style attributes.
    /// An injected script or style therefore cannot run even if an output-encoding bug slips through.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
        + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), interest-cohort=()";

    /// <summary>Sets the headers; existing values (e.g. a stricter CSP set by an endpoint) are kept.</summary>
    public static void Apply(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        headers.TryAdd("Content-Security-Policy", ContentSecurityPolicy);
        headers.TryAdd("X-Content-Type-Options", "nosniff");
        headers.TryAdd("Referrer-Policy", ReferrerPolicy);
        headers.TryAdd("Permissions-Policy", PermissionsPolicy);
        // Redundant with frame-ancestors for current browsers, kept for older ones and scanners.
        headers.TryAdd("X-Frame-Options", "DENY");
    }
}
