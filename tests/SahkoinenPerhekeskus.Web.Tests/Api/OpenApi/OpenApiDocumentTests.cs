using System.Text.RegularExpressions;
using SahkoinenPerhekeskus.Web.Tests.Api.Hsds;

namespace SahkoinenPerhekeskus.Web.Tests.Api.OpenApi;

/// <summary>The OpenAPI document and the offline reference page rendered from it.</summary>
public sealed partial class OpenApiDocumentTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    [Fact]
    public async Task Get_Document_DescribesTheHsdsApiWithItsParameters()
    {
        var response = await factory.CreateClient().GetAsync("/openapi/v1.json");
        response.EnsureSuccessStatusCode();
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/hsds", "/api/hsds/services", "/api/hsds/services/{id}", "/api/hsds/organizations", "/api/hsds/taxonomies", "/api/hsds/taxonomy_terms", "/api/hsds/service_at_locations", "/api/hsds/export" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} missing from the document");
        }

        var parameters = paths.GetProperty("/api/hsds/services").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "search", "page", "per_page", "taxonomy_term_id", "taxonomy_id", "organization_id", "modified_after", "minimal", "full" }, parameters.ToHashSet());
        Assert.False(paths.TryGetProperty("/healthz", out _));
    }

    [Fact]
    public async Task Get_ReferencePage_IsServerRenderedWithoutInlineCode()
    {
        var response = await factory.CreateClient().GetAsync("/openapi/reference");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<code>GET /api/hsds/services</code>", html, StringComparison.Ordinal);
        Assert.Contains("taxonomy_term_id", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(ExternalUrl(), html);
        Assert.DoesNotContain("unsafe-inline", string.Join(" ", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [GeneratedRegex("(src|href)=\"https?://")]
    private static partial Regex ExternalUrl();
}
