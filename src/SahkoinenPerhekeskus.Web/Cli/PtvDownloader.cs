using System.Text.Json;
using Microsoft.Extensions.Options;
using SahkoinenPerhekeskus.Core;
using SahkoinenPerhekeskus.Core.Ptv;

namespace SahkoinenPerhekeskus.Web.Cli;

/// <summary>
/// Fetches the configured PTV Open API addresses into a temporary directory, one file per page, so the importer
/// reads files as always (and tests never need the network). A PTV page object ({"pageNumber", "pageCount",
/// "itemList"}) is followed with ?page=2, 3, … up to <see cref="PtvOptions.MaxPages"/>.
/// </summary>
public sealed class PtvDownloader(HttpClient http, IOptions<PerhekeskusOptions> options)
{
    public async Task<string> DownloadAsync(TextWriter output, CancellationToken ct)
    {
        var ptv = options.Value.Ptv;
        var urls = new[] { ptv.Url }.OfType<Uri>().Concat(ptv.MoreUrls).ToList();
        if (urls.Count == 0)
        {
            throw new PtvImportException("no file or directory was given and Perhekeskus:Ptv:Url is not set");
        }

        var directory = Directory.CreateTempSubdirectory("ptv-").FullName;
        try
        {
            var n = 0;
            foreach (var url in urls)
            {
                for (var page = 1; page <= ptv.MaxPages; page++)
                {
                    var address = page == 1 ? url : WithPage(url, page);
                    var file = Path.Combine(directory, $"{++n:D5}.json");
                    await FetchAsync(address, file, ct);
                    await output.WriteLineAsync($"  fetched {address}");
                    if (PageCount(file) is not { } count || page >= count)
                    {
                        break;
                    }
                }
            }

            return directory;
        }
        catch
        {
            Directory.Delete(directory, recursive: true);
            throw;
        }
    }

    private async Task FetchAsync(Uri address, string file, CancellationToken ct)
    {
        try
        {
            using var response = await http.GetAsync(address, HttpCompletionOption.ResponseHeadersRead, ct);
            if (!response.IsSuccessStatusCode)
            {
                throw new PtvImportException($"{address} answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            // Streamed to disk: a large page never sits in memory.
            await using var target = File.Create(file);
            await (await response.Content.ReadAsStreamAsync(ct)).CopyToAsync(target, ct);
        }
        catch (HttpRequestException e)
        {
            throw new PtvImportException($"{address} could not be fetched: {e.Message}", e);
        }
    }

    private static Uri WithPage(Uri url, int page)
    {
        var builder = new UriBuilder(url);
        var query = string.Join('&', builder.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("page=", StringComparison.OrdinalIgnoreCase)).Append($"page={page}"));
        builder.Query = query;
        return builder.Uri;
    }

    /// <summary>The top-level "pageCount" of a page object, read from the file's start (PTV writes it before itemList).</summary>
    internal static int? PageCount(string file)
    {
        var buffer = new byte[16 * 1024];
        int length;
        using (var stream = File.OpenRead(file))
        {
            length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        }

        var reader = new Utf8JsonReader(buffer.AsSpan(0, length), isFinalBlock: length < buffer.Length, default);
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("pageCount"))
                {
                    return reader.Read() && reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var count) ? count : null;
                }

                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.StartArray)
                {
                    if (!reader.TrySkip())
                    {
                        break;
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Not a page object, or cut at the buffer's end: the importer will say what is wrong with it.
        }

        return null;
    }
}
