using Microsoft.AspNetCore.Hosting.StaticWebAssets;
using Microsoft.Extensions.FileProviders;

namespace SahkoinenPerhekeskus.Web.Hosting;

/// <summary>
/// Points the host at the web root: the repository's top-level <c>wwwroot/</c> (ADR 0002).
/// </summary>
/// <remarks>
/// It is resolved from the content root the host actually got, which differs between <c>dotnet run --project</c>
/// and WebApplicationFactory (both: the project folder) and published output (the publish folder). That is why it
/// is set on the environment after the builder exists instead of through <c>WebApplicationOptions</c>, whose
/// value would have to be guessed before a test factory has had its say about the content root.
/// </remarks>
public static class WebRoot
{
    /// <summary>Optional override, relative to the content root or absolute.</summary>
    public const string ConfigurationKey = "Perhekeskus:WebRoot";

    /// <summary>The repository's wwwroot seen from src/SahkoinenPerhekeskus.Web.</summary>
    private const string SourceTreeWebRoot = "../../wwwroot";

    public static WebApplicationBuilder UsePerhekeskusWebRoot(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var environment = builder.Environment;
        var path = Resolve(environment.ContentRootPath, builder.Configuration[ConfigurationKey]);
        environment.WebRootPath = path;
        environment.WebRootFileProvider = new PhysicalFileProvider(path);

        // Running from build output (any environment, tests too) the SDK's manifest maps the precompressed
        // variants in obj/; layer it over the physical root. Published output has no manifest: this is a no-op.
        StaticWebAssetsLoader.UseStaticWebAssets(environment, builder.Configuration);
        return builder;
    }

    /// <summary>
    /// The configured path if any; else <c>wwwroot</c> beside the content root (published output); else
    /// <c>../../wwwroot</c> (the source tree); else <c>wwwroot</c> beside the app's binaries.
    /// </summary>
    public static string Resolve(string contentRoot, string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(Path.Combine(contentRoot, configured));
        }

        string[] candidates =
        [
            Path.Combine(contentRoot, "wwwroot"),
            Path.Combine(contentRoot, SourceTreeWebRoot),
            Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        ];
        var found = candidates.Select(Path.GetFullPath).FirstOrDefault(Directory.Exists);
        return found ?? throw new InvalidOperationException(
            $"No web root found (looked in {string.Join(", ", candidates)}). Set {ConfigurationKey}.");
    }
}
