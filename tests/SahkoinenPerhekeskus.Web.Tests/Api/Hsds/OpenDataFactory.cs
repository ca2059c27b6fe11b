using SahkoinenPerhekeskus.Core.Hsds.Import;
using SahkoinenPerhekeskus.Search.Catalogue;
using SahkoinenPerhekeskus.Web.Tests.Api.Hsds.Schema;

namespace SahkoinenPerhekeskus.Web.Tests.Api.Hsds;

/// <summary>
/// The app with the demo content and, when the shared evaluation corpus is beside the repository, its 251
/// services imported on top: one database for all read-only HSDS API tests.
/// </summary>
public sealed class OpenDataFactory : PerhekeskusWebFactory, IAsyncLifetime
{
    public static readonly string CorpusPath = Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "eval", "corpus.hsds.json"));

    public static bool HasCorpus => File.Exists(CorpusPath);

    public async Task InitializeAsync()
    {
        _ = Services;
        if (!HasCorpus)
        {
            return;
        }

        await using var scope = Services.CreateAsyncScope();
        await using (var file = File.OpenRead(CorpusPath))
        {
            var report = await scope.ServiceProvider.GetRequiredService<HsdsImporter>().ImportAsync(file, null, CancellationToken.None);
            Assert.Equal(0, report.ErrorCount);
        }

        await scope.ServiceProvider.GetRequiredService<CatalogueIndex>().RebuildAsync(null, CancellationToken.None);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public static string RepositoryRoot()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "SahkoinenPerhekeskus.sln")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>Requests that must succeed and conform: each response is validated against the HSDS 3.0 schemas.</summary>
public static class HsdsResponses
{
    public static async Task<System.Text.Json.JsonElement> GetValidAsync(HttpClient client, string url, string schema, bool page = false)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var json = System.Text.Json.JsonDocument.Parse(body).RootElement.Clone();
        var errors = page ? HsdsSchemaValidator.Shared.ValidatePage(json, schema) : HsdsSchemaValidator.Shared.Validate(json, schema);
        Assert.True(errors.Count == 0, $"{url} does not conform to {schema}:\n" + string.Join("\n", errors.Take(20)));
        return json;
    }
}
