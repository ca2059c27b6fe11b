namespace SahkoinenPerhekeskus.Web.UrgentHelp;

/// <summary>One entry of the urgent-help box in the footer of every page, already in the page's language.</summary>
/// <param name="Name">The service, e.g. "Kriisipuhelin".</param>
/// <param name="Description">Who it is for and what it does, in a sentence; optional.</param>
/// <param name="PhoneNumber">The number for a <c>tel:</c> link: short (<c>112</c>) or international (<c>+358925250111</c>).</param>
/// <param name="PhoneDisplay">The number as people write it, e.g. <c>09 2525 0111</c>.</param>
/// <param name="Url">A chat or web service, absolute URL.</param>
/// <param name="UrlLabel">The link text for <paramref name="Url"/>, e.g. "Siirry Sekasin-chattiin".</param>
/// <param name="Availability">When it is open, e.g. "Ympäri vuorokauden"; optional.</param>
public sealed record UrgentHelpItem(
    string Name,
    string? Description = null,
    string? PhoneNumber = null,
    string? PhoneDisplay = null,
    string? Url = null,
    string? UrlLabel = null,
    string? Availability = null);
