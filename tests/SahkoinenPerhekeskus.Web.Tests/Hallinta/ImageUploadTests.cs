namespace SahkoinenPerhekeskus.Web.Tests.Hallinta;

/// <summary>A small cap (200 KB) so an "oversized" image is quick to make.</summary>
public sealed class ImageFixture : BackOfficeFixture
{
    protected override PerhekeskusWebFactory Configure(PerhekeskusWebFactory factory) =>
        factory.WithSetting("Perhekeskus:BackOffice:MaxImageBytes", "200000");
}

/// <summary>Uploads: checked by content, resized to WebP and JPEG, metadata dropped, clear Finnish refusals.</summary>
public sealed class ImageUploadTests(ImageFixture fixture) : IClassFixture<ImageFixture>
{
    [Fact]
    public async Task Upload_ValidPng_WritesSixVariantsWithoutMetadata()
    {
        var id = await fixture.CreateServiceAsync(BackOfficeFixture.Snapshot(BackOfficeFixture.OwnMunicipality, "kunta-167"));
        var client = await fixture.ClientAsync(EditorRoles.MunicipalityEditor);

        var response = await MatrixEndpoints.UploadAsync(client, id, TestImages.Png(1600, 900), "kuva.png");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var image = await fixture.WithDbAsync(db => Task.FromResult(db.MediaImages.Single(i => i.ServiceId == id)));
        Assert.Equal([320, 640, 1280], image.Widths);
        Assert.Equal("Kuvan kuvaus", image.Alt.Fi);
        var media = fixture.Factory.Services.GetRequiredService<DataPaths>().MediaDirectory;
        var files = Directory.GetFiles(media, image.Key + "-*");
        Assert.Equal(6, files.Length);
        var served = await fixture.Anonymous().GetAsync($"/media/{image.Key}-640.webp");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/webp", served.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Upload_JpegWithExif_StripsIt()
    {
        var id = await fixture.CreateServiceAsync(BackOfficeFixture.Snapshot(BackOfficeFixture.OwnMunicipality, "kunta-167"));
        var client = await fixture.ClientAsync(EditorRoles.MunicipalityEditor);
        var jpeg = WithExif(TestImages.Jpeg(700, 500));
        Assert.True(Contains(jpeg, "Exif"u8.ToArray()));

        var response = await MatrixEndpoints.UploadAsync(client, id, jpeg, "kamera.jpg");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var image = await fixture.WithDbAsync(db => Task.FromResult(db.MediaImages.Single(i => i.ServiceId == id)));
        var media = fixture.Factory.Services.GetRequiredService<DataPaths>().MediaDirectory;
        foreach (var file in Directory.GetFiles(media, image.Key + "-*"))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.False(Contains(bytes, "Exif"u8.ToArray()), file);
            Assert.False(Contains(bytes, "Testikamera"u8.ToArray()), file);
        }
    }

    [Theory]
    [InlineData("text", "ei ole JPEG-, PNG- tai WebP-kuva")]
    [InlineData("empty", "Tiedosto on tyhjä (0 tavua)")]
    [InlineData("oversized", "Tiedosto on liian suuri")]
    [InlineData("truncated", "Kuvaa ei voitu lukea")]
    public async Task Upload_BadFile_IsRejectedWithMessage(string kind, string message)
    {
        var id = await fixture.CreateServiceAsync(BackOfficeFixture.Snapshot(BackOfficeFixture.OwnMunicipality, "kunta-167"));
        var before = await fixture.StateAsync(id);
        var client = await fixture.ClientAsync(EditorRoles.MunicipalityEditor);
        var bytes = kind switch
        {
            "text" => "Tämä on tekstitiedosto, vaikka nimi on kuva.jpg"u8.ToArray(),
            "empty" => [],
            "oversized" => Noise(400_000),
            _ => TestImages.Jpeg(400, 300)[..40],
        };

        var response = await MatrixEndpoints.UploadAsync(client, id, bytes, "kuva.jpg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await fixture.StateAsync(id));
    }

    [Fact]
    public async Task Upload_WithoutAltText_IsRejected()
    {
        var id = await fixture.CreateServiceAsync(BackOfficeFixture.Snapshot(BackOfficeFixture.OwnMunicipality, "kunta-167"));
        var client = await fixture.ClientAsync(EditorRoles.MunicipalityEditor);

        var response = await MatrixEndpoints.UploadAsync(client, id, TestImages.Png(400, 300), "kuva.png", altFi: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vaihtoehtoinen teksti (suomi)", System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Media_UnknownOrTraversal_Is404()
    {
        using var client = fixture.Anonymous();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/media/..%2Fperhekeskus.db")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/media/" + new string('a', 32) + "-320.jpg")).StatusCode);
    }

    // A JPEG with an APP1 Exif segment (camera make "Testikamera") inserted after the start-of-image marker.
    private static byte[] WithExif(byte[] jpeg)
    {
        byte[] tiff = [.. "II*\0"u8, 8, 0, 0, 0, 1, 0, 0x0F, 0x01, 2, 0, 12, 0, 0, 0, 26, 0, 0, 0, 0, 0, 0, 0, .. "Testikamera\0"u8];
        byte[] payload = [.. "Exif\0\0"u8, .. tiff];
        var length = payload.Length + 2;
        return [jpeg[0], jpeg[1], 0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. payload, .. jpeg[2..]];
    }

    private static byte[] Noise(int size)
    {
        var bytes = new byte[size];
        new Random(5).NextBytes(bytes);
        bytes[0] = 0xFF;
        bytes[1] = 0xD8;
        bytes[2] = 0xFF;
        return bytes;
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
