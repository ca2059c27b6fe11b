namespace SahkoinenPerhekeskus.Web.Tests.Hallinta;

/// <summary>Every unsafe back-office request without an antiforgery token is rejected (400) and changes nothing.</summary>
public sealed class CsrfTests(BackOfficeFixture fixture) : IClassFixture<BackOfficeFixture>
{
    public static TheoryData<string> Posts =>
    [
        "/hallinta/palvelut/uusi",
        "/hallinta/palvelut/{id}",
        "/hallinta/palvelut/{id}?handler=Review",
        "/hallinta/palvelut/{id}?handler=Publish",
        "/hallinta/palvelut/{id}/tila?handler=Publish",
        "/hallinta/palvelut/{id}/tila?handler=Unpublish",
        "/hallinta/palvelut/{id}/tila?handler=Check",
        "/hallinta/palvelut/{id}/ajastus",
        "/hallinta/palvelut/{id}/ajastus?handler=Cancel",
        "/hallinta/palvelut/{id}/versiot?handler=Rollback&number=1",
        "/hallinta/palvelut/{id}/poista",
        "/hallinta/palvelut/{id}/kuvat",
        "/hallinta/palvelut?handler=Bulk",
        "/hallinta/markdown",
        "/hallinta/kirjaudu",
        "/hallinta/kirjaudu/ulos",
        "/hallinta/rakenne/palvelutyypit/1",
        "/hallinta/kayttajat/uusi",
    ];

    [Theory]
    [MemberData(nameof(Posts))]
    public async Task Post_WithoutAntiforgeryToken_IsRejectedWithoutChange(string url)
    {
        var id = await fixture.CreateServiceAsync(BackOfficeFixture.Snapshot(BackOfficeFixture.OwnMunicipality, "kunta-167"));
        var before = await fixture.StateAsync(id);
        var client = await fixture.ClientAsync(Core.Accounts.EditorRoles.RegionalAdmin);
        var fields = ServiceFormData.For(BackOfficeFixture.Snapshot(BackOfficeFixture.OwnMunicipality, "kunta-167"));
        fields.AddRange([new("Ids", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("BulkAction", "check"), new("Kind", "Publish"), new("At", "2099-01-01T10:00")]);

        var response = await client.PostAsync(url.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await fixture.StateAsync(id));
    }

    [Fact]
    public async Task Post_WithTokenOfAnotherSession_IsRejected()
    {
        var id = await fixture.CreateServiceAsync(BackOfficeFixture.Snapshot(BackOfficeFixture.OwnMunicipality, "kunta-167"));
        var before = await fixture.StateAsync(id);
        using var anonymous = fixture.Anonymous();
        var foreignToken = await BackOfficeFixture.TokenAsync(anonymous, MatrixEndpoints.TokenPage);
        var client = await fixture.ClientAsync(Core.Accounts.EditorRoles.RegionalAdmin);

        var response = await client.PostAsync($"/hallinta/palvelut/{id}/tila?handler=Unpublish", new FormUrlEncodedContent([new("__RequestVerificationToken", foreignToken)]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await fixture.StateAsync(id));
    }
}
