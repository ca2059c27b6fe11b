namespace SahkoinenPerhekeskus.Web.Tests.Hallinta;

/// <summary>Every rule of the service editor with a bad input: the page comes back (200) with the Finnish message, and nothing is saved.</summary>
public sealed class ValidationTests(BackOfficeFixture fixture) : IClassFixture<BackOfficeFixture>
{
    public static TheoryData<string, string, string> BadInputs => new()
    {
        { "Form.Name.Fi", "", "Nimi (suomi): tieto puuttuu." },
        { "Form.Name.Sv", new string('x', 201), "Nimi (ruotsi): teksti on liian pitkä (enintään 200 merkkiä)." },
        { "Form.Channels[0].Value", "soita meille", "ei ole puhelinnumero" },
        { "Form.Channels[0].Value", "12", "ei ole puhelinnumero" },
        { "Form.Coverage", "Galaksi", "Palvelualue: valitse jokin vaihtoehdoista." },
        { "Form.MinAge", "kaksi", "'kaksi' ei ole kokonaisluku" },
        { "Form.MinAge", "-3", "ei ole kokonaisluku" },
        { "Form.MaxAge", "31", "iän on oltava raskauden alusta 30 vuoteen" },
        { "Form.Urgency", "Hätä", "Kiireellisyys: valitse jokin vaihtoehdoista." },
        { "Form.Organisation", "ei-ole", "Järjestäjä: valintaa ei löydy" },
        { "Form.ServiceType", "ei-ole", "Palvelutyyppi: valintaa ei löydy" },
        { "Form.OtherLanguages", "venäjä", "kielet kirjoitetaan kaksikirjaimisina koodeina" },
        { "Form.Channels[0].Hours", "maanantaisin", "'maanantaisin' ei ole aukioloaika" },
        { "Form.Channels[0].Hours", "ma-pe 16-8", "sulkemisajan on oltava avaamisajan jälkeen" },
        { "Form.Channels[0].Hours", "ma 8-25", "kellonajan on oltava 0.00–24.00" },
        { "Form.Channels[0].Hours", "ma 8.5-16", "ei ole aukioloaika" },
        { "Form.Channels[0].Latitude", "pohjoinen", "'pohjoinen' ei ole luku" },
        { "Form.Channels[0].Latitude", "62.5", "anna sekä leveys- että pituusaste" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Save_WithBadInput_ShowsFinnishMessageAndSavesNothing(string field, string value, string message)
    {
        var snapshot = BackOfficeFixture.Snapshot(BackOfficeFixture.OwnMunicipality, "kunta-167");
        var id = await fixture.CreateServiceAsync(snapshot);
        var before = await fixture.StateAsync(id);
        var client = await fixture.ClientAsync(EditorRoles.MunicipalityEditor);

        var response = await MatrixEndpoints.Post(client, $"/hallinta/palvelut/{id}", ServiceFormData.For(snapshot, f => f[field] = value));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("error-summary", html, StringComparison.Ordinal);
        Assert.Equal(before, await fixture.StateAsync(id));
    }

    public static TheoryData<string, string, string, string> ChannelInputs => new()
    {
        { "Email", "neuvola@", "", "ei ole sähköpostiosoite" },
        { "Email", "neuvola kunta.fi", "", "ei ole sähköpostiosoite" },
        { "Web", "ftp://tiedostot.example.fi", "", "ei ole verkko-osoite" },
        { "Web", "www.kunta.fi", "", "ei ole verkko-osoite" },
        { "Chat", "javascript:alert(1)", "", "ei ole verkko-osoite" },
        { "Visit", "", "123", "ei ole postinumero" },
        { "Visit", "", "80100", "käyntiosoitteesta puuttuu katuosoite" },
    };

    [Theory]
    [MemberData(nameof(ChannelInputs))]
    public async Task Save_WithBadChannel_ShowsFinnishMessage(string kind, string value, string postalCode, string message)
    {
        var snapshot = BackOfficeFixture.Snapshot(BackOfficeFixture.OwnMunicipality, "kunta-167");
        var id = await fixture.CreateServiceAsync(snapshot);
        var before = await fixture.StateAsync(id);
        var client = await fixture.ClientAsync(EditorRoles.MunicipalityEditor);

        var response = await MatrixEndpoints.Post(client, $"/hallinta/palvelut/{id}", ServiceFormData.For(snapshot, f =>
        {
            f["Form.Channels[0].Kind"] = kind;
            f["Form.Channels[0].Value"] = value;
            f["Form.Channels[0].PostalCode"] = postalCode;
            f["Form.Channels[0].City"] = kind == "Visit" ? "Joensuu" : "";
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await fixture.StateAsync(id));
    }

    [Theory]
    [InlineData("10", "v", "2", "v", "yläikäraja ei voi olla pienempi kuin alaikäraja")]
    [InlineData("12", "raskaus", "", "v", "raskauskuukauden on oltava 1–9")]
    [InlineData("3", "viikkoa", "", "v", "valitse jokin vaihtoehdoista")]
    public async Task Save_WithBadAgeRange_ShowsFinnishMessage(string min, string minUnit, string max, string maxUnit, string message)
    {
        var snapshot = BackOfficeFixture.Snapshot(BackOfficeFixture.OwnMunicipality, "kunta-167");
        var id = await fixture.CreateServiceAsync(snapshot);
        var client = await fixture.ClientAsync(EditorRoles.MunicipalityEditor);

        var response = await MatrixEndpoints.Post(client, $"/hallinta/palvelut/{id}", ServiceFormData.For(snapshot, f =>
        {
            (f["Form.MinAge"], f["Form.MinAgeUnit"], f["Form.MaxAge"], f["Form.MaxAgeUnit"]) = (min, minUnit, max, maxUnit);
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_WithPregnancyAndYears_StoresMonths()
    {
        var snapshot = BackOfficeFixture.Snapshot(BackOfficeFixture.OwnMunicipality, "kunta-167");
        var id = await fixture.CreateServiceAsync(snapshot, publish: false);
        var client = await fixture.ClientAsync(EditorRoles.MunicipalityEditor);

        var response = await MatrixEndpoints.Post(client, $"/hallinta/palvelut/{id}", ServiceFormData.For(snapshot, f =>
        {
            (f["Form.MinAge"], f["Form.MinAgeUnit"], f["Form.MaxAge"], f["Form.MaxAgeUnit"]) = ("1", "raskaus", "6", "v");
            f["Form.Channels[0].Hours"] = "ma–pe 8–16; la 10.00–14.00";
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (minMonths, maxMonths) = await fixture.WithDbAsync(db => Task.FromResult(db.Services.Where(s => s.Id == id).Select(s => new { s.MinMonths, s.MaxMonths }).AsEnumerable().Select(s => (s.MinMonths, s.MaxMonths)).Single()));
        Assert.Equal((-9, 83), (minMonths, maxMonths));
        var hours = await fixture.WithDbAsync(db => Task.FromResult(db.OpeningHours.Count(h => db.ServiceChannels.Any(c => c.Id == h.ServiceChannelId && c.ServiceId == id))));
        Assert.Equal(6, hours);
    }

    [Theory]
    [InlineData("huomenna", "ei ole ajankohta")]
    [InlineData("2020-01-01T10:00", "ajankohdan on oltava tulevaisuudessa")]
    [InlineData("2026-03-29T03:30", "ei ole ajankohta")]
    public async Task Schedule_WithBadTime_ShowsFinnishMessage(string at, string message)
    {
        var id = await fixture.CreateServiceAsync(BackOfficeFixture.Snapshot(BackOfficeFixture.OwnMunicipality, "kunta-167"));
        var before = await fixture.StateAsync(id);
        var client = await fixture.ClientAsync(EditorRoles.MunicipalityEditor);

        var response = await MatrixEndpoints.Post(client, $"/hallinta/palvelut/{id}/ajastus", [new("Kind", "Publish"), new("At", at)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await fixture.StateAsync(id));
    }

    [Fact]
    public async Task Create_WithMunicipalityOutsideScope_IsForbidden()
    {
        var client = await fixture.ClientAsync(EditorRoles.MunicipalityEditor);
        var count = await fixture.WithDbAsync(db => Task.FromResult(db.Services.Count()));

        var response = await MatrixEndpoints.Post(client, "/hallinta/palvelut/uusi", ServiceFormData.For(BackOfficeFixture.Snapshot("422", "kunta-167")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(count, await fixture.WithDbAsync(db => Task.FromResult(db.Services.Count())));
    }

    [Fact]
    public async Task Create_UnderAnotherMunicipalitysOrganisation_IsForbidden_AndTheFormDoesNotOfferIt()
    {
        var client = await fixture.ClientAsync(EditorRoles.MunicipalityEditor);
        var form = await client.GetStringAsync("/hallinta/palvelut/uusi");
        Assert.Contains("value=\"kunta-167\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"siun-sote\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"kunta-422\"", form, StringComparison.Ordinal);
        var count = await fixture.WithDbAsync(db => Task.FromResult(db.Services.Count()));

        var response = await MatrixEndpoints.Post(client, "/hallinta/palvelut/uusi", ServiceFormData.For(BackOfficeFixture.Snapshot(BackOfficeFixture.OwnMunicipality, "kunta-422")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(count, await fixture.WithDbAsync(db => Task.FromResult(db.Services.Count())));
    }

    [Fact]
    public async Task Save_MovingOwnServiceUnderAnotherMunicipalitysName_IsForbidden()
    {
        var snapshot = BackOfficeFixture.Snapshot(BackOfficeFixture.OwnMunicipality, "kunta-167");
        var id = await fixture.CreateServiceAsync(snapshot);
        var before = await fixture.StateAsync(id);
        var client = await fixture.ClientAsync(EditorRoles.MunicipalityEditor);
        snapshot.Organisation = "kunta-422";

        var response = await MatrixEndpoints.Post(client, $"/hallinta/palvelut/{id}", ServiceFormData.For(snapshot));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await fixture.StateAsync(id));
    }

    [Fact]
    public async Task Save_MovingOwnServiceOutOfScope_IsForbidden()
    {
        var snapshot = BackOfficeFixture.Snapshot(BackOfficeFixture.OwnMunicipality, "kunta-167");
        var id = await fixture.CreateServiceAsync(snapshot);
        var before = await fixture.StateAsync(id);
        var client = await fixture.ClientAsync(EditorRoles.MunicipalityEditor);
        snapshot.Municipalities = ["167", "422"];

        var response = await MatrixEndpoints.Post(client, $"/hallinta/palvelut/{id}", ServiceFormData.For(snapshot));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await fixture.StateAsync(id));
    }

    [Theory]
    [InlineData("/hallinta/palvelut/999999")]
    [InlineData("/hallinta/palvelut/999999/versiot")]
    [InlineData("/hallinta/loki/999999")]
    [InlineData("/hallinta/loki?palvelu=abc")]
    public async Task Get_UnknownOrMalformed_IsNotAServerError(string url)
    {
        var client = await fixture.ClientAsync(EditorRoles.RegionalAdmin);

        var response = await client.GetAsync(url);

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{url}: {(int)response.StatusCode}");
    }
}
