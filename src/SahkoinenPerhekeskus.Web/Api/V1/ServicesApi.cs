using SahkoinenPerhekeskus.Search;
using SahkoinenPerhekeskus.Web.Pages.Haku;
using SahkoinenPerhekeskus.Web.Security;

namespace SahkoinenPerhekeskus.Web.Api.V1;

/// <summary>
/// GET /api/v1/services: the tray's search as JSON (ARCHITECTURE §5). Other tools rely on this contract, so it only
/// grows; bad parameters get a 400 problem-details body naming each parameter.
/// </summary>
public static class ServicesApi
{
    public sealed record ServiceItem(
        string Id, string Name, IReadOnlyList<string> Municipalities, string Url, string? Snippet, string? ServiceType,
        string Organisation, string Coverage, bool NoReferral, bool Free, IReadOnlyList<string> Channels, IReadOnlyList<string> Languages, string Urgency);

    public sealed record ServicesResponse(int Total, int Page, int PageSize, IReadOnlyList<ServiceItem> Items,
        IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets, string? DidYouMean)
    {
        /// <summary>Needs and service types the query describes as a situation; their services are among the items.</summary>
        public IReadOnlyList<RelatedTopic> RelatedTopics { get; init; } = [];

        /// <summary>The age read from <c>q</c> ("3-vuotias", "8 kk", "raskausviikko 20"), which filtered the results; null when none.</summary>
        public Pages.Haku.AgeMention? AgeFromText { get; init; }
    }

    public static IEndpointRouteBuilder MapServicesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Services").RequireRateLimiting(RateLimits.Api);
        api.MapGet("/services", SearchAsync).WithName("SearchServices")
            .Produces<ServicesResponse>().ProducesValidationProblem();
        api.MapGet("/suggest", Suggest).WithName("SuggestServices").Produces<string[]>();
        return app;
    }

    private static async Task<IResult> SearchAsync(
        HttpContext http, HakuQueryValidator validator, HakuSearch search, ILanguageContext language,
        string? q, string? municipality, string? age, string? ageMonths,
        [FromQuery] string[]? need, [FromQuery] string[]? ageGroup, [FromQuery] string[]? channel,
        string? free, string? noReferral, string? lang, string? sort, string? page, string? pageSize, CancellationToken ct)
    {
        var uiLanguage = string.IsNullOrWhiteSpace(lang) ? "fi" : lang.Trim().ToLowerInvariant();
        var languages = http.Request.Query["language"].Where(v => v is not null).Select(v => v!).ToList();
        var raw = new RawHakuQuery
        {
            Text = q, Municipality = municipality, AgeYears = age, AgeMonths = ageMonths,
            Needs = need ?? [], AgeGroups = ageGroup ?? [], Channels = channel ?? [], Languages = languages,
            Free = free, NoReferral = noReferral, Sort = sort, Page = page, PageSize = pageSize,
        };
        var (query, errors) = await validator.ValidateAsync(raw, ct);
        if (SiteLanguage.FromCode(uiLanguage) is null)
        {
            errors = [.. errors, new HakuQueryError("lang", "UnknownCode", "Use fi, sv or en.")];
        }

        if (query is null || errors.Count > 0)
        {
            return Results.ValidationProblem(
                errors.GroupBy(e => e.Parameter).ToDictionary(g => g.Key, g => g.Select(e => e.Detail).ToArray()),
                title: "Invalid search parameters");
        }

        var result = await search.SearchAsync(query, uiLanguage, SearchClient.From(http), ct);
        var prefix = SiteLanguage.FromCode(uiLanguage)!.PathPrefix;
        var items = result.Items.Select(x => new ServiceItem(
            x.Card.PublicId,
            x.Card.Name[uiLanguage],
            [.. result.Municipalities.Where(m => x.MunicipalityCodes.Contains(m.Code)).Select(m => m.Name[uiLanguage])],
            language.Absolute($"{prefix}/palvelut/{Uri.EscapeDataString(x.Card.Slug)}"),
            x.Hit.SnippetHtml,
            x.Card.TypeName?[uiLanguage],
            x.Card.OrganisationName[uiLanguage],
            x.Card.Coverage.ToString().ToLowerInvariant(),
            x.Card.NoReferral,
            x.Card.IsFree,
            [.. x.Card.Channels.Select(Search.Catalogue.ServiceDocumentMapper.ChannelName)],
            x.Card.Languages,
            x.Card.Urgency.ToString().ToLowerInvariant())).ToList();
        return Results.Ok(new ServicesResponse(result.Results.Total, query.Page, query.PageSize, items, result.Results.Facets, result.Results.DidYouMean)
        {
            RelatedTopics = result.Results.Topics,
            AgeFromText = query.AgeFromText,
        });
    }

    private static IResult Suggest(IServiceIndex index, string? q, string? lang)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length > HakuQueryValidator.MaxTextLength)
        {
            return Results.Ok(Array.Empty<string>());
        }

        var uiLanguage = SiteLanguage.FromCode(lang)?.Code ?? "fi";
        return Results.Ok(index.Suggest(q.Trim(), uiLanguage, 8));
    }
}
