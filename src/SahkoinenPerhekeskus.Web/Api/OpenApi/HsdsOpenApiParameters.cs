using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SahkoinenPerhekeskus.Web.Api.OpenApi;

/// <summary>
/// Describes the HSDS list parameters (schema/openapi.json components.parameters). The endpoints read the query
/// string themselves to answer bad values with a precise 400, so the document learns the parameters from here.
/// </summary>
internal static class HsdsOpenApiParameters
{
    private static readonly (string Name, JsonSchemaType Type, string Description)[] Paging =
    [
        ("search", JsonSchemaType.String, "Full-text search with the site's Finnish-aware engine; results in its rank order."),
        ("page", JsonSchemaType.Integer, "Page number, from 1."),
        ("per_page", JsonSchemaType.Integer, "Results per page: 1–200 (up to 10,000 with minimal=true); default 50."),
    ];

    private static readonly (string Name, JsonSchemaType Type, string Description)[] Filters =
    [
        ("taxonomy_term_id", JsonSchemaType.String, "Only services with this taxonomy term (tarve, ikä or palvelutyyppi)."),
        ("taxonomy_id", JsonSchemaType.String, "Only services with any term of this taxonomy."),
        ("organization_id", JsonSchemaType.String, "Only services of this organisation."),
        ("modified_after", JsonSchemaType.String, "Only services modified on or after this ISO 8601 date-time."),
        ("full", JsonSchemaType.Boolean, "true: fully nested objects."),
        ("lang", JsonSchemaType.String, "Profile extension: the language of the search, fi (default), sv or en."),
    ];

    public static Task AddAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var path = context.Description.RelativePath?.TrimEnd('/') ?? "";
        var wanted = path switch
        {
            "api/hsds/services" => [.. Paging, .. Filters, ("minimal", JsonSchemaType.Boolean, "true: only id, name, status and last_modified, ideally all in one page.")],
            "api/hsds/service_at_locations" => [.. Paging, .. Filters],
            "api/hsds/organizations" or "api/hsds/taxonomies" => Paging,
            "api/hsds/taxonomy_terms" => [.. Paging, ("taxonomy_id", JsonSchemaType.String, "Only terms of this taxonomy (id or name).")],
            _ => Array.Empty<(string, JsonSchemaType, string)>(),
        };
        if (wanted.Length > 0)
        {
            operation.Parameters ??= [];
            foreach (var (name, type, description) in wanted)
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = name,
                    In = ParameterLocation.Query,
                    Required = false,
                    Description = description,
                    Schema = new OpenApiSchema { Type = type },
                });
            }
        }

        return Task.CompletedTask;
    }
}
