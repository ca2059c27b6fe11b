namespace SahkoinenPerhekeskus.Web.Pages.Shared;

/// <summary>The service search form (<c>_SearchForm</c>): GET to <c>/haku</c> with <c>q</c>.</summary>
/// <param name="Id">The input's id, unique on the page; the label, hint and suggestion list derive theirs from it.</param>
/// <param name="Compact">The header variant: no hint, smaller.</param>
/// <param name="Query">The text to prefill; by default the request's <c>q</c>.</param>
public sealed record SearchFormModel(string Id, bool Compact = false, string? Query = null);
