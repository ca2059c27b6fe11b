namespace SahkoinenPerhekeskus.Web.Localization;

/// <summary>Settings of the public site, bound from <c>Perhekeskus:Web</c>.</summary>
public sealed record SiteOptions
{
    public const string SectionName = "Perhekeskus:Web";

    /// <summary>
    /// The public origin, e.g. <c>https://perhekeskus.example.fi</c>, for absolute URLs (hreflang).
    /// When unset the request's scheme and host are used.
    /// </summary>
    public string? PublicOrigin { get; init; }
}
