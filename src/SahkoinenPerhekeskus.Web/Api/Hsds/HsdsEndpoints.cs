using SahkoinenPerhekeskus.Web.Security;
using Microsoft.EntityFrameworkCore;
using SahkoinenPerhekeskus.Core.Hsds;
using SahkoinenPerhekeskus.Core.Hsds.Export;

namespace SahkoinenPerhekeskus.Web.Api.Hsds;

/// <summary>
/// The Open Referral HSDS 3.0 read API under /api/hsds (openreferral/specification schema/openapi.json), published
/// content only. The tray's extras travel in attributes as described in docs/hsds-profile.md.
/// </summary>
public static partial class HsdsEndpoints
{
    public const string Prefix = "/api/hsds";
    public const string Tag = "HSDS 3.0";

    public static IEndpointRouteBuilder MapHsdsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix).WithTags(Tag).RequireRateLimiting(RateLimits.Api);
        api.MapGet("/", Root).WithName("getAPIMetaInformation").WithSummary("Information about this API and its relationship with HSDS.");
        api.MapGet("/services", ListServices).WithName("getPaginatedListOfServices")
            .WithSummary("Paginated services: one-to-one fields; full=true nests everything, minimal=true gives id, name, status and last_modified.")
            .Produces<HsdsPage<HsdsOutService>>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/services/{id}", GetService).WithName("getFullyNestedServiceById")
            .WithSummary("A fully nested service.").Produces<HsdsOutService>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/organizations", ListOrganisations).WithName("getPaginatedListOfOrganizations")
            .WithSummary("Paginated organisations that offer published services.").Produces<HsdsPage<HsdsOutOrganization>>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/organizations/{id}", GetOrganisation).WithName("getOrganizationById")
            .WithSummary("One organisation.").Produces<HsdsOutOrganization>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/taxonomies", ListTaxonomies).WithName("getPaginatedListOfTaxonomies")
            .WithSummary("The taxonomies: tarve (needs), ikä (age groups), palvelutyyppi (service types) and the profile's perhekeskus.")
            .Produces<HsdsPage<HsdsOutTaxonomy>>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/taxonomies/{id}", GetTaxonomy).WithName("getTaxonomyById").Produces<HsdsOutTaxonomy>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/taxonomy_terms", ListTerms).WithName("getPaginatedListOfTaxonomyTerms")
            .WithSummary("Paginated taxonomy terms; taxonomy_id narrows to one taxonomy, search to terms whose code or name contains the text.")
            .Produces<HsdsPage<HsdsOutTaxonomyTerm>>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/taxonomy_terms/{id}", GetTerm).WithName("getTaxonomyTermById").Produces<HsdsOutTaxonomyTerm>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/service_at_locations", ListServiceAtLocations).WithName("getPaginatedListOfServiceAtLocation")
            .WithSummary("Paginated physical service locations, with the same filters as /services.")
            .Produces<HsdsPage<HsdsOutServiceAtLocation>>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/service_at_locations/{id}", GetServiceAtLocation).WithName("getServiceAtLocationById")
            .Produces<HsdsOutServiceAtLocation>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/export", Export).WithName("exportHsds")
            .WithSummary("The whole published catalogue as one HSDS 3.0 file (taxonomies, terms, organisations, fully nested services), as a download.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");
        return app;
    }

    private static IResult Root(HttpRequest request)
    {
        var origin = $"{request.Scheme}://{request.Host}";
        return Results.Json(new HsdsRoot(
            HsdsProfile.Version,
            origin + "/openapi/reference#hsds-profile",
            origin + "/openapi/v1.json",
            "Sähköinen perhekeskus: the family-centre services of the wellbeing services county as Open Referral HSDS 3.0. Published services only.",
            new HsdsPublisher("Sähköinen perhekeskus", origin + "/")), SnakeCase);
    }

    private static async Task<IResult> ListServices(HttpRequest request, HsdsCatalogue catalogue, HsdsExporter exporter, CancellationToken ct)
    {
        var (p, problem) = HsdsParameters.Read(request.Query);
        if (problem is not null)
        {
            return BadRequest(problem);
        }

        var page = await ServicePageAsync(p, catalogue, ct);
        var view = p.Minimal ? HsdsView.Minimal : p.Full ? HsdsView.Full : HsdsView.List;
        var structure = view == HsdsView.Full ? await exporter.StructureAsync(ct) : new([], "");
        var contents = page.Services.Select(s => HsdsExportMapper.Service(s, structure, view)).ToList();
        return Results.Json(Envelope(contents, page.Total, p), HsdsOutJsonContext.Default.HsdsPageHsdsOutService);
    }

    private static async Task<IResult> GetService(string id, HsdsCatalogue catalogue, HsdsExporter exporter, CancellationToken ct) =>
        await catalogue.ServiceAsync(id, ct) is { } service
            ? Results.Json(HsdsExportMapper.Service(service, await exporter.StructureAsync(ct), HsdsView.Full), HsdsOutJsonContext.Default.HsdsOutService)
            : NotFound("service", id);

    private static async Task<IResult> ListOrganisations(HttpRequest request, HsdsCatalogue catalogue, CancellationToken ct)
    {
        var (p, problem) = HsdsParameters.Read(request.Query);
        if (problem is not null)
        {
            return BadRequest(problem);
        }

        var q = catalogue.PublishedOrganisations();
        if (p.Search is { } text)
        {
            var pattern = $"%{text.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)}%";
            q = q.Where(o => EF.Functions.Like(o.Name.Fi, pattern));
        }

        var total = await q.CountAsync(ct);
        var rows = await q.OrderBy(o => o.Name.Fi).ThenBy(o => o.Id).Skip((p.Page - 1) * p.PerPage).Take(p.PerPage).ToListAsync(ct);
        return Results.Json(Envelope(rows.Select(HsdsExportMapper.Organisation).ToList(), total, p), HsdsOutJsonContext.Default.HsdsPageHsdsOutOrganization);
    }

    private static async Task<IResult> GetOrganisation(string id, HsdsCatalogue catalogue, CancellationToken ct) =>
        await catalogue.OrganisationAsync(id, ct) is { } organisation
            ? Results.Json(HsdsExportMapper.Organisation(organisation), HsdsOutJsonContext.Default.HsdsOutOrganization)
            : NotFound("organization", id);

    private static IResult ListTaxonomies(HttpRequest request)
    {
        var (p, problem) = HsdsParameters.Read(request.Query);
        if (problem is not null)
        {
            return BadRequest(problem);
        }

        var all = HsdsProfile.Taxonomies.Where(t => p.Search is null || t.Name.Contains(p.Search, StringComparison.OrdinalIgnoreCase)).ToList();
        return Results.Json(Envelope(Slice(all, p), all.Count, p), HsdsOutJsonContext.Default.HsdsPageHsdsOutTaxonomy);
    }

    private static IResult GetTaxonomy(string id) =>
        HsdsProfile.Taxonomies.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.OrdinalIgnoreCase)) is { } taxonomy
            ? Results.Json(taxonomy, HsdsOutJsonContext.Default.HsdsOutTaxonomy)
            : NotFound("taxonomy", id);

    private static async Task<IResult> ListTerms(HttpRequest request, HsdsCatalogue catalogue, CancellationToken ct)
    {
        var (p, problem) = HsdsParameters.Read(request.Query);
        if (problem is not null)
        {
            return BadRequest(problem);
        }

        var all = (await catalogue.TermsAsync(ct))
            .Where(t => p.TaxonomyId is null || string.Equals(t.TaxonomyId, p.TaxonomyId, StringComparison.OrdinalIgnoreCase) || t.Taxonomy == p.TaxonomyId)
            .Where(t => p.Search is null || t.Name.Contains(p.Search, StringComparison.OrdinalIgnoreCase) || (t.Code ?? "").Contains(p.Search, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return Results.Json(Envelope(Slice(all, p), all.Count, p), HsdsOutJsonContext.Default.HsdsPageHsdsOutTaxonomyTerm);
    }

    private static async Task<IResult> GetTerm(string id, HsdsCatalogue catalogue, CancellationToken ct) =>
        (await catalogue.TermsAsync(ct)).FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.OrdinalIgnoreCase)) is { } term
            ? Results.Json(term, HsdsOutJsonContext.Default.HsdsOutTaxonomyTerm)
            : NotFound("taxonomy term", id);

    private static IResult Export(HsdsExporter exporter, HttpContext context) =>
        Results.Stream(stream => exporter.ExportAsync(stream, null, context.RequestAborted), "application/json", "perhekeskus-hsds.json");

    internal static HsdsPage<T> Envelope<T>(IReadOnlyList<T> contents, int total, HsdsParameters p)
    {
        var pages = total == 0 ? 0 : (int)Math.Ceiling(total / (double)p.PerPage);
        return new HsdsPage<T>(total, pages, p.Page, contents.Count, p.Page == 1, p.Page >= pages, contents.Count == 0, contents);
    }

    internal static List<T> Slice<T>(List<T> all, HsdsParameters p) => [.. all.Skip((p.Page - 1) * p.PerPage).Take(p.PerPage)];

    internal static IResult BadRequest(string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid query parameter");

    internal static IResult NotFound(string what, string id) =>
        Results.Problem(detail: $"No published {what} has the id '{(id.Length <= 64 ? id : id[..64] + "…")}'.", statusCode: StatusCodes.Status404NotFound, title: "Not found");

    private static readonly System.Text.Json.JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower };

    private sealed record HsdsPublisher(string Name, string Website);

    private sealed record HsdsRoot(string Version, string Profile, string OpenapiUrl, string Description, HsdsPublisher Publisher);
}
