using System.Net;
using System.Text;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SahkoinenPerhekeskus.Web.Api.OpenApi;

/// <summary>
/// The OpenAPI document of /api/v1 and /api/hsds at /openapi/v1.json, and a reference page rendered on the server
/// from that same document, so it works offline and needs no script or inline style (the CSP forbids both).
/// </summary>
public static class OpenApiEndpoints
{
    public const string DocumentName = "v1";
    public const string DocumentPath = "/openapi/{documentName}.json";
    public const string ReferencePath = "/openapi/reference";

    public static IServiceCollection AddPerhekeskusOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options =>
        {
            // Only the machine API: pages, health and the download are not part of the contract clients code against.
            options.ShouldInclude = d => d.RelativePath is { } path && (path.StartsWith("api/v1", StringComparison.Ordinal) || path.StartsWith("api/hsds", StringComparison.Ordinal));
            options.AddOperationTransformer(HsdsOpenApiParameters.AddAsync);
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Sähköinen perhekeskus API",
                    Version = "v1",
                    Description = "Search JSON (/api/v1) and the Open Referral HSDS 3.0 read API (/api/hsds) of the family-centre service tray. "
                        + "Published services only. HSDS profile: attributes of the 'perhekeskus' taxonomy carry the no-referral flag, "
                        + "urgency, ages in months and the Swedish and English texts (docs/hsds-profile.md).",
                };
                return Task.CompletedTask;
            });
        });

    public static IEndpointRouteBuilder MapPerhekeskusOpenApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi(DocumentPath);
        app.MapGet(ReferencePath, async ([FromKeyedServices(DocumentName)] IOpenApiDocumentProvider provider, CancellationToken ct) =>
            Results.Content(Render(await provider.GetOpenApiDocumentAsync(ct)), "text/html; charset=utf-8"))
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>A plain HTML page: one section per path, its operations, parameters and responses.</summary>
    public static string Render(OpenApiDocument document)
    {
        static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(document.Info?.Title)).Append(" – reference</title>\n<link rel=\"stylesheet\" href=\"/css/site.css\">\n</head>\n<body>\n<main id=\"main\">\n")
            .Append("<h1>").Append(E(document.Info?.Title)).Append(" <small>").Append(E(document.Info?.Version)).Append("</small></h1>\n")
            .Append("<p>").Append(E(document.Info?.Description)).Append("</p>\n")
            .Append("<p>Machine-readable: <a href=\"/openapi/v1.json\">/openapi/v1.json</a> (OpenAPI). HSDS schemas: openreferral/specification, branch 3.0.</p>\n")
            .Append("<h2 id=\"hsds-profile\">HSDS profile</h2>\n<p>Ids are UUIDs: HSDS ids where the record came from HSDS, otherwise name-based UUIDs (version 5) that never change. ")
            .Append("What HSDS has no field for is in <code>attributes</code> whose term belongs to the taxonomy <code>perhekeskus</code>; the attribute's ")
            .Append("<code>value</code> holds the datum: <code>no_referral</code>, <code>free_of_charge</code>, <code>urgency</code>, <code>age_min_months</code>, ")
            .Append("<code>age_max_months</code> (pregnancy is negative), <code>text_language</code>, <code>translation_fi|sv|en</code> (link_type names the field), ")
            .Append("<code>channel_kind</code>, <code>public_id</code>, <code>source</code>. Needs, age groups and service types are the taxonomies ")
            .Append("<code>tarve</code>, <code>ikä</code> and <code>palvelutyyppi</code>.</p>\n");
        foreach (var (path, item) in document.Paths.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                html.Append("<section>\n<h2><code>").Append(E(method.Method.ToUpperInvariant())).Append(' ').Append(E(path)).Append("</code></h2>\n");
                if (!string.IsNullOrWhiteSpace(operation.Summary))
                {
                    html.Append("<p>").Append(E(operation.Summary)).Append("</p>\n");
                }

                var parameters = (operation.Parameters ?? []).Concat(item.Parameters ?? []).ToList();
                if (parameters.Count > 0)
                {
                    html.Append("<table>\n<caption>Parameters</caption>\n<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">In</th><th scope=\"col\">Required</th><th scope=\"col\">Description</th></tr></thead>\n<tbody>\n");
                    foreach (var p in parameters)
                    {
                        html.Append("<tr><td><code>").Append(E(p.Name)).Append("</code></td><td>").Append(E(p.In?.ToString())).Append("</td><td>")
                            .Append(p.Required ? "yes" : "no").Append("</td><td>").Append(E(p.Description)).Append("</td></tr>\n");
                    }

                    html.Append("</tbody>\n</table>\n");
                }

                html.Append("<p>Responses: ").Append(E(string.Join(", ", (operation.Responses ?? []).Select(r => r.Key)))).Append("</p>\n</section>\n");
            }
        }

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }
}
