using SahkoinenPerhekeskus.Core.Hsds;
using SahkoinenPerhekeskus.Search;

namespace SahkoinenPerhekeskus.Web.Tests.Api.Hsds;

/// <summary>Filters, search, paging and errors of the HSDS API.</summary>
public sealed class HsdsApiBehaviourTests(OpenDataFactory factory) : IClassFixture<OpenDataFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Search_UsesTheSiteSearchEngineAndItsRanking()
    {
        var json = await HsdsResponses.GetValidAsync(_client, "/api/hsds/services?search=lapsi%20kiusataan%20koulussa&per_page=5", "service.json", page: true);
        using var scope = factory.Services.CreateScope();
        var engine = scope.ServiceProvider.GetRequiredService<IServiceIndex>().Search(new SearchQuery { Text = "lapsi kiusataan koulussa", PageSize = 5 });

        var ids = json.GetProperty("contents").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.NotEmpty(ids);
        Assert.Equal(engine.Items.Select(h => HsdsIds.For("service", h.Id)), ids);
        Assert.Equal(engine.Total, json.GetProperty("total_items").GetInt32());
    }

    [Fact]
    public async Task Filter_ByNeedTerm_ReturnsOnlyServicesWithThatTerm()
    {
        var terms = await HsdsResponses.GetValidAsync(_client, "/api/hsds/taxonomy_terms?search=kiusaaminen", "taxonomy_term.json", page: true);
        var termId = terms.GetProperty("contents")[0].GetProperty("id").GetString();

        var json = await HsdsResponses.GetValidAsync(_client, $"/api/hsds/services?taxonomy_term_id={termId}&full=true&per_page=200", "service.json", page: true);

        var services = json.GetProperty("contents").EnumerateArray().ToList();
        Assert.NotEmpty(services);
        Assert.All(services, s => Assert.Contains(s.GetProperty("attributes").EnumerateArray(), a => a.GetProperty("taxonomy_term_id").GetString() == termId));
    }

    [Fact]
    public async Task Filter_ByOrganisationAndModifiedAfter_Narrows()
    {
        var all = await HsdsResponses.GetValidAsync(_client, "/api/hsds/services?per_page=1", "service.json", page: true);
        var first = all.GetProperty("contents")[0];
        var organisationId = first.GetProperty("organization_id").GetString();

        var byOrganisation = await HsdsResponses.GetValidAsync(_client, $"/api/hsds/services?organization_id={organisationId}&per_page=200", "service.json", page: true);
        var future = await HsdsResponses.GetValidAsync(_client, "/api/hsds/services?modified_after=2999-01-01T00:00:00Z", "service.json", page: true);

        Assert.All(byOrganisation.GetProperty("contents").EnumerateArray(), s => Assert.Equal(organisationId, s.GetProperty("organization_id").GetString()));
        Assert.True(byOrganisation.GetProperty("total_items").GetInt32() < all.GetProperty("total_items").GetInt32());
        Assert.True(future.GetProperty("empty").GetBoolean());
        Assert.Equal(0, future.GetProperty("total_pages").GetInt32());
    }

    [Fact]
    public async Task Paging_EnvelopeCountsAreConsistent()
    {
        var page2 = await HsdsResponses.GetValidAsync(_client, "/api/hsds/services?per_page=7&page=2", "service.json", page: true);

        var total = page2.GetProperty("total_items").GetInt32();
        Assert.Equal((total + 6) / 7, page2.GetProperty("total_pages").GetInt32());
        Assert.Equal(7, page2.GetProperty("size").GetInt32());
        Assert.Equal(2, page2.GetProperty("page_number").GetInt32());
        Assert.False(page2.GetProperty("first_page").GetBoolean());
        Assert.False(page2.GetProperty("empty").GetBoolean());
    }

    [Theory]
    [InlineData("/api/hsds/services?page=0")]
    [InlineData("/api/hsds/services?page=-1")]
    [InlineData("/api/hsds/services?page=abc")]
    [InlineData("/api/hsds/services?per_page=100000")]
    [InlineData("/api/hsds/services?per_page=1.5")]
    [InlineData("/api/hsds/services?page=99999999999999999999")]
    [InlineData("/api/hsds/services?minimal=maybe")]
    [InlineData("/api/hsds/services?full=1")]
    [InlineData("/api/hsds/services?minimal=true&full=true")]
    [InlineData("/api/hsds/services?modified_after=eilen")]
    [InlineData("/api/hsds/services?page=1&page=2")]
    [InlineData("/api/hsds/services?lang=de")]
    [InlineData("/api/hsds/organizations?per_page=0")]
    [InlineData("/api/hsds/taxonomies?page=x")]
    [InlineData("/api/hsds/taxonomy_terms?per_page=-5")]
    [InlineData("/api/hsds/service_at_locations?minimal=true")]
    public async Task BadParameter_Returns400ProblemDetails(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Theory]
    [InlineData("/api/hsds/services/00000000-0000-4000-8000-000000000000")]
    [InlineData("/api/hsds/services/not-a-service")]
    [InlineData("/api/hsds/services/%20")]
    [InlineData("/api/hsds/organizations/00000000-0000-4000-8000-000000000000")]
    [InlineData("/api/hsds/taxonomies/tarve-but-not-an-id")]
    [InlineData("/api/hsds/taxonomy_terms/00000000-0000-4000-8000-000000000000")]
    [InlineData("/api/hsds/service_at_locations/00000000-0000-4000-8000-000000000000")]
    [InlineData("/api/hsds/service_at_locations/x")]
    public async Task UnknownId_Returns404ProblemDetails(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("kontiolahti-avoin-varhaiskasvatus")]
    [InlineData("ngo-knt-kesaleiri")]
    public async Task DraftService_IsNotPublished(string publicId)
    {
        var id = HsdsIds.For("service", publicId);

        var response = await _client.GetAsync($"/api/hsds/services/{id}");
        var list = await HsdsResponses.GetValidAsync(_client, "/api/hsds/services?minimal=true&per_page=10000", "service.json", page: true);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(list.GetProperty("contents").EnumerateArray(), s => s.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task ContentService_CarriesProfileAttributesAndTranslations()
    {
        var id = HsdsIds.For("service", "heinavesi-neuvola");

        var service = await HsdsResponses.GetValidAsync(_client, $"/api/hsds/services/{id}", "service.json");

        var attributes = service.GetProperty("attributes").EnumerateArray().ToList();
        string? Value(string code, string? linkType = null) => attributes.FirstOrDefault(a =>
            a.GetProperty("taxonomy_term").GetProperty("code").GetString() == code && (linkType is null || a.GetProperty("link_type").GetString() == linkType))
            is { ValueKind: JsonValueKind.Object } a ? a.GetProperty("value").GetString() : null;
        Assert.Equal("Heinäveden neuvola", service.GetProperty("name").GetString());
        Assert.Equal("true", Value(HsdsProfile.NoReferral));
        Assert.Equal("-9", Value(HsdsProfile.AgeMinMonths));
        Assert.Equal("Rådgivningen i Heinävesi", Value("translation_sv", "name"));
        Assert.Equal("heinavesi-neuvola", Value(HsdsProfile.PublicId));
        Assert.Contains(attributes, a => a.GetProperty("link_type").GetString() == "service_type");
        Assert.Equal("090", service.GetProperty("service_areas")[0].GetProperty("extent").GetString());
    }
}
