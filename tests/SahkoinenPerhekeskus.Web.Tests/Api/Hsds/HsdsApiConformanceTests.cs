using SahkoinenPerhekeskus.Web.Tests.Api.Hsds.Schema;
using Xunit.Abstractions;

namespace SahkoinenPerhekeskus.Web.Tests.Api.Hsds;

/// <summary>Every HSDS endpoint, every record: each response validates against the HSDS 3.0 schemas.</summary>
public sealed class HsdsApiConformanceTests(OpenDataFactory factory, ITestOutputHelper output) : IClassFixture<OpenDataFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_Root_DescribesTheApi()
    {
        var root = await HsdsResponses.GetValidAsync(_client, "/api/hsds/", "api_root.json");

        Assert.Equal("3.0", root.GetProperty("version").GetString());
        Assert.EndsWith("/openapi/v1.json", root.GetProperty("openapi_url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_EveryServiceInEveryView_Conforms()
    {
        var ids = new List<string>();
        for (var page = 1; ; page++)
        {
            var json = await HsdsResponses.GetValidAsync(_client, $"/api/hsds/services?full=true&per_page=200&page={page}", "service.json", page: true);
            ids.AddRange(json.GetProperty("contents").EnumerateArray().Select(s => s.GetProperty("id").GetString()!));
            if (json.GetProperty("last_page").GetBoolean())
            {
                Assert.Equal(json.GetProperty("total_items").GetInt32(), ids.Count);
                break;
            }
        }

        await HsdsResponses.GetValidAsync(_client, "/api/hsds/services", "service.json", page: true);
        var minimal = await HsdsResponses.GetValidAsync(_client, "/api/hsds/services?minimal=true&per_page=10000", "service.json", page: true);
        Assert.Equal(ids.Count, minimal.GetProperty("size").GetInt32());
        foreach (var id in ids)
        {
            var service = await HsdsResponses.GetValidAsync(_client, $"/api/hsds/services/{id}", "service.json");
            Assert.Equal(id, service.GetProperty("id").GetString());
        }

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.True(ids.Count >= (OpenDataFactory.HasCorpus ? 400 : 150), $"only {ids.Count} services");
        output.WriteLine($"{ids.Count} services; {HsdsSchemaValidator.ValidatedCount} responses validated so far in this run");
    }

    [Fact]
    public async Task Get_EveryOrganisationTaxonomyAndTerm_Conforms()
    {
        var organisations = await HsdsResponses.GetValidAsync(_client, "/api/hsds/organizations?per_page=200", "organization.json", page: true);
        foreach (var o in organisations.GetProperty("contents").EnumerateArray())
        {
            await HsdsResponses.GetValidAsync(_client, $"/api/hsds/organizations/{o.GetProperty("id").GetString()}", "organization.json");
        }

        var taxonomies = await HsdsResponses.GetValidAsync(_client, "/api/hsds/taxonomies", "taxonomy.json", page: true);
        foreach (var t in taxonomies.GetProperty("contents").EnumerateArray())
        {
            await HsdsResponses.GetValidAsync(_client, $"/api/hsds/taxonomies/{t.GetProperty("id").GetString()}", "taxonomy.json");
            await HsdsResponses.GetValidAsync(_client, $"/api/hsds/taxonomy_terms?taxonomy_id={t.GetProperty("id").GetString()}", "taxonomy_term.json", page: true);
        }

        var terms = await HsdsResponses.GetValidAsync(_client, "/api/hsds/taxonomy_terms?per_page=200", "taxonomy_term.json", page: true);
        foreach (var t in terms.GetProperty("contents").EnumerateArray())
        {
            await HsdsResponses.GetValidAsync(_client, $"/api/hsds/taxonomy_terms/{t.GetProperty("id").GetString()}", "taxonomy_term.json");
        }

        Assert.Equal(4, taxonomies.GetProperty("total_items").GetInt32());
        Assert.Contains(terms.GetProperty("contents").EnumerateArray(), t => t.GetProperty("code").GetString() == "kiusaaminen");
    }

    [Fact]
    public async Task Get_ServiceAtLocations_Conform()
    {
        var list = await HsdsResponses.GetValidAsync(_client, "/api/hsds/service_at_locations?per_page=50&full=true", "service_at_location.json", page: true);
        var items = list.GetProperty("contents").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        foreach (var sal in items.Take(25))
        {
            var one = await HsdsResponses.GetValidAsync(_client, $"/api/hsds/service_at_locations/{sal.GetProperty("id").GetString()}", "service_at_location.json");
            Assert.Equal("physical", one.GetProperty("location").GetProperty("location_type").GetString());
        }

        await HsdsResponses.GetValidAsync(_client, "/api/hsds/service_at_locations?search=neuvola&per_page=5", "service_at_location.json", page: true);
    }

    [Fact]
    public async Task Get_Export_IsAValidHsdsFileDownload()
    {
        var response = await _client.GetAsync("/api/hsds/export");
        response.EnsureSuccessStatusCode();
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        using var file = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());

        var validator = HsdsSchemaValidator.Shared;
        foreach (var (section, schema) in new[] { ("taxonomies", "taxonomy.json"), ("taxonomy_terms", "taxonomy_term.json"), ("organizations", "organization.json"), ("services", "service.json") })
        {
            foreach (var item in file.RootElement.GetProperty(section).EnumerateArray())
            {
                Assert.Empty(validator.Validate(item, schema));
            }
        }

        Assert.Equal("3.0", file.RootElement.GetProperty("hsds_version").GetString());
    }
}
