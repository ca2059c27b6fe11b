using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace SahkoinenPerhekeskus.Web.Tests.Hallinta;

/// <summary>
/// An image from choosing the file to the public page: Finnish alt text only is enough, a validation error keeps
/// the chosen file, a delete removes the files, and the public page shows responsive, lazy-loaded variants.
/// </summary>
public sealed partial class ImageLifecycleTests(ImageFixture fixture) : IClassFixture<ImageFixture>
{
    [Fact]
    public async Task Upload_WithFinnishAltOnly_IsSaved_AndOtherLanguagesStayEmpty()
    {
        var id = await NewServiceAsync();
        var client = await fixture.ClientAsync(EditorRoles.MunicipalityEditor);

        var response = await MatrixEndpoints.UploadAsync(client, id, TestImages.Png(900, 600), "kuva.png", altFi: "Lapsi leikkii neuvolan odotustilassa");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var image = await fixture.WithDbAsync(db => Task.FromResult(db.MediaImages.Single(i => i.ServiceId == id)));
        Assert.Equal("Lapsi leikkii neuvolan odotustilassa", image.Alt.Fi);
        Assert.Null(image.Alt.Sv);
        Assert.Null(image.Alt.En);
    }

    [Fact]
    public async Task Form_LabelsSayWhichAltTextsAreRequired()
    {
        var id = await NewServiceAsync();
        var client = await fixture.ClientAsync(EditorRoles.MunicipalityEditor);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/hallinta/palvelut/{id}/kuvat"));

        Assert.Contains("(suomi, pakollinen)", html, StringComparison.Ordinal);
        Assert.Contains("(ruotsi, valinnainen)", html, StringComparison.Ordinal);
        Assert.Contains("(englanti, valinnainen)", html, StringComparison.Ordinal);
        Assert.Matches("<input[^>]+name=\"AltFi\"[^>]+aria-required=\"true\"", html);
    }

    [Fact]
    public async Task MissingAlt_KeepsTheChosenFile_AndResubmittingWithoutAFileSavesIt()
    {
        var id = await NewServiceAsync();
        var client = await fixture.ClientAsync(EditorRoles.MunicipalityEditor);

        var first = await MatrixEndpoints.UploadAsync(client, id, TestImages.Png(700, 400), "perhekeskus.png", altFi: null);
        var html = WebUtility.HtmlDecode(await first.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("perhekeskus.png", html, StringComparison.Ordinal);
        var token = PendingToken().Match(html).Groups[1].Value;
        Assert.Matches("^[0-9a-f]{32}$", token);
        Assert.Equal(0, await CountAsync(id));

        var second = await PostWithoutFileAsync(client, id, [new("PendingToken", token), new("PendingName", "perhekeskus.png"), new("AltFi", "Perhekeskuksen sisäänkäynti")]);

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(1, await CountAsync(id));
        var again = await PostWithoutFileAsync(client, id, [new("PendingToken", token), new("AltFi", "Toinen yritys")]);
        Assert.Contains("Valitse tiedosto uudelleen", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(id));
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("../../perhekeskus.db")]
    public async Task UnknownOrForgedPendingToken_AsksForTheFileAgain(string token)
    {
        var id = await NewServiceAsync();
        var client = await fixture.ClientAsync(EditorRoles.MunicipalityEditor);

        var response = await PostWithoutFileAsync(client, id, [new("PendingToken", token), new("AltFi", "Kuvaus")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Valitse tiedosto uudelleen", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(id));
    }

    [Fact]
    public async Task PendingToken_OfAnotherService_IsNotUsable()
    {
        var first = await NewServiceAsync();
        var second = await NewServiceAsync();
        var client = await fixture.ClientAsync(EditorRoles.MunicipalityEditor);
        var html = WebUtility.HtmlDecode(await (await MatrixEndpoints.UploadAsync(client, first, TestImages.Png(400, 300), "a.png", altFi: null)).Content.ReadAsStringAsync());
        var token = PendingToken().Match(html).Groups[1].Value;

        var response = await PostWithoutFileAsync(client, second, [new("PendingToken", token), new("AltFi", "Kuvaus")]);

        Assert.Contains("Valitse tiedosto uudelleen", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(second));
    }

    [Fact]
    public async Task Delete_RemovesTheRecordAndItsFiles_AndIsAudited()
    {
        var id = await NewServiceAsync();
        var client = await fixture.ClientAsync(EditorRoles.MunicipalityEditor);
        await MatrixEndpoints.UploadAsync(client, id, TestImages.Png(700, 400), "kuva.png");
        var image = await fixture.WithDbAsync(db => Task.FromResult(db.MediaImages.Single(i => i.ServiceId == id)));
        var media = fixture.Factory.Services.GetRequiredService<DataPaths>().MediaDirectory;
        Assert.NotEmpty(Directory.GetFiles(media, image.Key + "-*"));

        var response = await MatrixEndpoints.Post(client, $"/hallinta/palvelut/{id}/kuvat?handler=Delete&imageId={image.Id}", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await CountAsync(id));
        var idText = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Empty(Directory.GetFiles(media, image.Key + "-*"));
        Assert.True(await fixture.WithDbAsync(db => Task.FromResult(db.AuditEntries.Any(a => a.Action == "service.image.delete" && a.EntityId == idText))));
        var missing = await MatrixEndpoints.Post(client, $"/hallinta/palvelut/{id}/kuvat?handler=Delete&imageId={image.Id}", []);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Reviewer_SeesNoUploadForm_AndCannotDelete()
    {
        var id = await NewServiceAsync();
        var editor = await fixture.ClientAsync(EditorRoles.MunicipalityEditor);
        await MatrixEndpoints.UploadAsync(editor, id, TestImages.Png(500, 300), "kuva.png");
        var image = await fixture.WithDbAsync(db => Task.FromResult(db.MediaImages.Single(i => i.ServiceId == id)));
        var reviewer = await fixture.ClientAsync(EditorRoles.Reviewer);

        var html = await reviewer.GetStringAsync($"/hallinta/palvelut/{id}/kuvat");
        var delete = await MatrixEndpoints.Post(reviewer, $"/hallinta/palvelut/{id}/kuvat?handler=Delete&imageId={image.Id}", []);

        Assert.DoesNotContain("name=\"Upload\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Delete", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal(1, await CountAsync(id));
    }

    [Fact]
    public async Task PublicPage_ShowsResponsiveLazyImage_AndSwedishFallsBackToFinnishAlt()
    {
        var id = await NewServiceAsync();
        var client = await fixture.ClientAsync(EditorRoles.MunicipalityEditor);
        await MatrixEndpoints.UploadAsync(client, id, TestImages.Png(1600, 900), "kuva.png", altFi: "Vauva ja isä neuvolassa");
        var (slug, key) = await fixture.WithDbAsync(db => Task.FromResult((db.Services.Single(s => s.Id == id).Slug, db.MediaImages.Single(i => i.ServiceId == id).Key)));
        using var anonymous = fixture.Anonymous();

        var fi = await anonymous.GetStringAsync($"/palvelut/{slug}");
        var sv = await anonymous.GetStringAsync($"/sv/palvelut/{slug}");

        var img = Img().Match(fi).Value;
        Assert.Contains("alt=\"Vauva ja is", img, StringComparison.Ordinal);
        Assert.Contains($"/media/{key}-320.jpg 320w", img, StringComparison.Ordinal);
        Assert.Contains($"/media/{key}-640.jpg 640w", img, StringComparison.Ordinal);
        Assert.Contains("sizes=\"", img, StringComparison.Ordinal);
        Assert.Contains("width=\"640\" height=\"360\"", img, StringComparison.Ordinal);
        Assert.Contains("loading=\"lazy\"", img, StringComparison.Ordinal);
        Assert.DoesNotContain("lang=", img, StringComparison.Ordinal);
        Assert.Contains($"/media/{key}-640.webp 640w", fi, StringComparison.Ordinal);
        Assert.Contains("lang=\"fi\"", Img().Match(sv).Value, StringComparison.Ordinal);
        foreach (var url in ImageUrls().Matches(fi).Select(m => m.Groups[1].Value).Distinct())
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(url)).StatusCode);
        }
    }

    private async Task<int> NewServiceAsync() =>
        await fixture.CreateServiceAsync(BackOfficeFixture.Snapshot(BackOfficeFixture.OwnMunicipality, "kunta-167"));

    private Task<int> CountAsync(int id) => fixture.WithDbAsync(db => Task.FromResult(db.MediaImages.Count(i => i.ServiceId == id)));

    private static async Task<HttpResponseMessage> PostWithoutFileAsync(HttpClient client, int id, List<KeyValuePair<string, string>> fields)
    {
        var token = await BackOfficeFixture.TokenAsync(client, MatrixEndpoints.TokenPage);
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        var empty = new ByteArrayContent([]);
        // What a browser sends for a file input left empty: a part with an empty file name.
        empty.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        empty.Headers.ContentDisposition = ContentDispositionHeaderValue.Parse("form-data; name=\"Upload\"; filename=\"\"");
        content.Add(empty);
        content.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.PostAsync($"/hallinta/palvelut/{id}/kuvat", content);
    }

    [GeneratedRegex("name=\"PendingToken\" value=\"([^\"]*)\"")]
    private static partial Regex PendingToken();

    [GeneratedRegex("<img [^>]+>")]
    private static partial Regex Img();

    [GeneratedRegex("(/media/[0-9a-f]{32}-\\d+\\.(?:jpg|webp))")]
    private static partial Regex ImageUrls();
}
