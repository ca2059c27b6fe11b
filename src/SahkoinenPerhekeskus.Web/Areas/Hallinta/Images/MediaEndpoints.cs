using System.Text.RegularExpressions;
using Microsoft.Net.Http.Headers;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Images;

/// <summary>Serves the processed images from the data directory. Names are random and content never changes: cached for a year.</summary>
public static partial class MediaEndpoints
{
    public static void MapMedia(this IEndpointRouteBuilder app) =>
        app.MapGet("/media/{file}", (string file, DataPaths paths) =>
        {
            var match = MediaName().Match(file);
            var path = Path.Combine(paths.MediaDirectory, file);
            if (!match.Success || !File.Exists(path))
            {
                return Results.NotFound();
            }

            return Results.File(path, match.Groups["ext"].Value == "webp" ? "image/webp" : "image/jpeg",
                entityTag: new EntityTagHeaderValue("\"" + file + "\""), lastModified: null);
        }).AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return await next(context);
        });

    [GeneratedRegex("^[0-9a-f]{32}-[0-9]{2,4}\\.(?<ext>webp|jpg)$")]
    private static partial Regex MediaName();
}
