using System.Net.Http.Headers;

namespace SahkoinenPerhekeskus.Web.Tests.Hallinta;

/// <summary>One state-changing endpoint of the back office and how to call it for a service.</summary>
/// <param name="Send">(client, service id, a snapshot in the caller's own scope, the service's snapshot) → response.</param>
/// <param name="NeedsEdit">Also changes content, so it needs the edit permission besides <paramref name="Operation"/>.</param>
/// <param name="Changes">A successful call changes the service's stored state.</param>
public sealed record MatrixEndpoint(
    string Name,
    EditorialOperation Operation,
    HttpStatusCode Success,
    Func<HttpClient, int, ServiceSnapshot, ServiceSnapshot, Task<HttpResponseMessage>> Send,
    bool NeedsEdit = false,
    bool Changes = true)
{
    /// <summary>The same request without a session: the token comes from the login page.</summary>
    public Task<HttpResponseMessage> SendAnonymous(HttpClient client, int id) =>
        Send(client, id, BackOfficeFixture.Snapshot(BackOfficeFixture.OwnMunicipality, "kunta-167"), BackOfficeFixture.Snapshot(BackOfficeFixture.OwnMunicipality, "kunta-167"));

    public override string ToString() => Name;
}

public static class MatrixEndpoints
{
    // Allowed anonymously and carries a form: a token for whoever is (or is not) signed in.
    public const string TokenPage = "/hallinta/kirjaudu/ulos";

    public static IReadOnlyList<MatrixEndpoint> All { get; } =
    [
        new("create", EditorialOperation.Create, HttpStatusCode.Redirect, (c, _, own, target) =>
            Post(c, "/hallinta/palvelut/uusi", ServiceFormData.For(target)), Changes: false),
        new("save", EditorialOperation.Edit, HttpStatusCode.Redirect, (c, id, _, target) =>
            Post(c, $"/hallinta/palvelut/{id}", ServiceFormData.For(target, f => f["Form.Summary.Fi"] = "Muutettu tiivistelmä.")), NeedsEdit: true),
        new("send-for-review", EditorialOperation.SendForReview, HttpStatusCode.Redirect, (c, id, _, target) =>
            Post(c, $"/hallinta/palvelut/{id}?handler=Review", ServiceFormData.For(target, f => f["Form.Summary.Fi"] = "Tarkastukseen.")), NeedsEdit: true),
        new("save-and-publish", EditorialOperation.Publish, HttpStatusCode.Redirect, (c, id, _, target) =>
            Post(c, $"/hallinta/palvelut/{id}?handler=Publish", ServiceFormData.For(target, f => f["Form.Summary.Fi"] = "Julkaistava.")), NeedsEdit: true),
        new("publish", EditorialOperation.Publish, HttpStatusCode.Redirect, (c, id, _, _) => Post(c, $"/hallinta/palvelut/{id}/tila?handler=Publish", [])),
        new("unpublish", EditorialOperation.Unpublish, HttpStatusCode.Redirect, (c, id, _, _) => Post(c, $"/hallinta/palvelut/{id}/tila?handler=Unpublish", [])),
        new("mark-checked", EditorialOperation.MarkChecked, HttpStatusCode.Redirect, (c, id, _, _) => Post(c, $"/hallinta/palvelut/{id}/tila?handler=Check", [])),
        new("schedule", EditorialOperation.Schedule, HttpStatusCode.Redirect, (c, id, _, _) =>
            Post(c, $"/hallinta/palvelut/{id}/ajastus", [new("Kind", "Unpublish"), new("At", DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture))])),
        new("rollback", EditorialOperation.Rollback, HttpStatusCode.Redirect, (c, id, _, _) => Post(c, $"/hallinta/palvelut/{id}/versiot?handler=Rollback&number=1", [])),
        new("delete", EditorialOperation.Delete, HttpStatusCode.Redirect, (c, id, _, _) => Post(c, $"/hallinta/palvelut/{id}/poista", [])),
        new("upload-image", EditorialOperation.UploadImage, HttpStatusCode.Redirect, (c, id, _, _) => UploadAsync(c, id, TestImages.Png(400, 300), "kuva.png")),
        new("bulk-check", EditorialOperation.MarkChecked, HttpStatusCode.Redirect, (c, id, _, _) =>
            Post(c, "/hallinta/palvelut?handler=Bulk", [new("Ids", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("BulkAction", "check")])),
        new("preview", EditorialOperation.Preview, HttpStatusCode.OK, (c, id, _, _) => c.GetAsync($"/hallinta/palvelut/{id}/esikatselu"), Changes: false),
    ];

    public static async Task<HttpResponseMessage> Post(HttpClient client, string url, List<KeyValuePair<string, string>> fields) =>
        await BackOfficeFixture.PostAsync(client, url, TokenPage, fields);

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int id, byte[] bytes, string fileName, string? altFi = "Kuvan kuvaus")
    {
        var token = await BackOfficeFixture.TokenAsync(client, TokenPage);
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        content.Add(file, "Upload", fileName);
        if (altFi is not null)
        {
            content.Add(new StringContent(altFi), "AltFi");
        }

        content.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.PostAsync($"/hallinta/palvelut/{id}/kuvat", content);
    }
}
