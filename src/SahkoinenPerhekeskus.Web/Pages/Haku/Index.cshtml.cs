using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Primitives;
using SahkoinenPerhekeskus.Web.Security;

namespace SahkoinenPerhekeskus.Web.Pages.Haku;

/// <summary>
/// The results page: one GET form, so every search is a shareable URL and works without JavaScript.
/// Parameter names are Finnish in every language version, so a shared link works whatever language it is opened in.
/// </summary>
[EnableRateLimiting(RateLimits.Search)]
public sealed class IndexModel(HakuQueryValidator validator, HakuSearch search, ILanguageContext language) : PageModel
{
    public static readonly string[] ParameterNames = ["q", "kunta", "vuotta", "ika", "tarve", "kanava", "kieli", "maksuton", "suoraan", "jarjestys", "sivu"];

    public HakuResult? Result { get; private set; }

    public IReadOnlyList<HakuQueryError> Errors { get; private set; } = [];

    public string? Text => Request.Query["q"];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = Request.Query;
        var raw = new RawHakuQuery
        {
            Text = query["q"],
            Municipality = query["kunta"],
            AgeYears = query["vuotta"],
            AgeGroups = Values(query["ika"]),
            Needs = Values(query["tarve"]),
            Channels = Values(query["kanava"]),
            Languages = Values(query["kieli"]),
            Free = query["maksuton"],
            NoReferral = query["suoraan"],
            Sort = query["jarjestys"],
            Page = query["sivu"],
        };
        (var valid, Errors) = await validator.ValidateAsync(raw, ct);
        if (valid is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        // An empty search lists every service, so the filters work as a way to browse.
        Result = await search.SearchAsync(valid, language.Current.Code, SearchClient.From(HttpContext), ct);
    }

    /// <summary>This search's URL with one parameter value removed (a chip) or replaced; paging restarts.</summary>
    public string UrlWithout(string name, string? value = null) => Build(name, value, null);

    public string UrlWith(string name, string value) => Build(name, null, value);

    private string Build(string name, string? remove, string? replace)
    {
        var parts = new List<string>();
        foreach (var key in ParameterNames.Where(k => k != "sivu" || name == "sivu"))
        {
            foreach (var v in Request.Query[key].Where(v => !string.IsNullOrEmpty(v)))
            {
                if (key == name && (remove is null || remove == v || replace is not null))
                {
                    continue;
                }

                parts.Add($"{key}={Uri.EscapeDataString(v!)}");
            }

            if (key == name && replace is not null)
            {
                parts.Add($"{key}={Uri.EscapeDataString(replace)}");
            }
        }

        return language.Url("/haku" + (parts.Count == 0 ? "" : "?" + string.Join("&", parts)));
    }

    private static List<string> Values(StringValues values) => [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!)];
}
