using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using SahkoinenPerhekeskus.Web.Tests.PublicSite;
using Xunit.Abstractions;

namespace SahkoinenPerhekeskus.Web.Tests.Performance;

/// <summary>
/// The weight budget (issue 4, docs/performance-budget.md): a results page with its CSS is at most 40 KB compressed,
/// with brotli and with gzip. The results page needs no JavaScript, so site.js is reported but not counted.
/// </summary>
public sealed partial class PageWeightTests(PublicSiteFactory factory, ITestOutputHelper output) : IClassFixture<PublicSiteFactory>
{
    public const int BudgetBytes = 40 * 1024;

    [Theory]
    [InlineData("/haku?q=neuvola", "br")]
    [InlineData("/haku?q=neuvola", "gzip")]
    [InlineData("/haku", "br")] // every service, every facet: the heaviest results page
    [InlineData("/haku", "gzip")]
    [InlineData("/sv/haku?q=kuraattori&kunta=lieksa&ika=ylakoulu", "br")]
    [InlineData("/sv/haku?q=kuraattori&kunta=lieksa&ika=ylakoulu", "gzip")]
    public async Task ResultsPage_WithCss_IsWithinBudget(string url, string encoding)
    {
        var page = await MeasureAsync(url, encoding);
        var css = await MeasureAsync(Stylesheet().Match(page.Body).Groups[1].Value, encoding);
        var js = await MeasureAsync(Script().Match(page.Body).Groups[1].Value, encoding);

        output.WriteLine($"{encoding}: {url} {page.Bytes} B + site.css {css.Bytes} B = {page.Bytes + css.Bytes} B (site.js {js.Bytes} B, not needed)");
        Assert.Equal(encoding, page.Encoding);
        Assert.InRange(page.Bytes + css.Bytes, 1, BudgetBytes);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task FrontPage_WithCss_IsWithinBudget(string encoding)
    {
        var page = await MeasureAsync("/", encoding);
        var css = await MeasureAsync(Stylesheet().Match(page.Body).Groups[1].Value, encoding);

        output.WriteLine($"{encoding}: / {page.Bytes} B + site.css {css.Bytes} B = {page.Bytes + css.Bytes} B");
        Assert.InRange(page.Bytes + css.Bytes, 1, BudgetBytes);
    }

    /// <summary>
    /// The compressed size of a response. Pages are measured as the response-compression middleware sends them.
    /// Static files are compressed here at the highest level, because that is what publish precompresses them with
    /// (the build-time and development variants are not the ones production serves).
    /// </summary>
    private async Task<Measure> MeasureAsync(string url, string encoding)
    {
        Assert.False(string.IsNullOrEmpty(url));
        var isStatic = url.StartsWith("/css/", StringComparison.Ordinal) || url.StartsWith("/js/", StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(isStatic ? "identity" : encoding));
        var response = await factory.CreateClient().SendAsync(request);
        response.EnsureSuccessStatusCode();
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var sent = response.Content.Headers.ContentEncoding.SingleOrDefault();
        var plain = sent is null ? bytes : Decompress(bytes, sent);
        var compressed = isStatic ? Compress(plain, encoding).Length : bytes.Length;
        return new Measure(compressed, isStatic ? encoding : sent, System.Text.Encoding.UTF8.GetString(plain));
    }

    private static byte[] Decompress(byte[] bytes, string encoding)
    {
        using var input = new MemoryStream(bytes);
        using Stream stream = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var result = new MemoryStream();
        stream.CopyTo(result);
        return result.ToArray();
    }

    private static byte[] Compress(byte[] bytes, string encoding)
    {
        using var result = new MemoryStream();
        using (Stream stream = encoding == "br" ? new BrotliStream(result, CompressionLevel.SmallestSize) : new GZipStream(result, CompressionLevel.SmallestSize))
        {
            stream.Write(bytes);
        }

        return result.ToArray();
    }

    private sealed record Measure(int Bytes, string? Encoding, string Body);

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\">")]
    private static partial Regex Stylesheet();

    [GeneratedRegex("<script src=\"([^\"]+)\"")]
    private static partial Regex Script();
}
