using SahkoinenPerhekeskus.Core.Catalogue;

namespace SahkoinenPerhekeskus.Web.Tests.Hallinta;

/// <summary>The editor of a service imported from PTV says so, with its PTV id, import time and the fields the next import overwrites.</summary>
public sealed class PtvNoticeTests(BackOfficeFixture fixture) : IClassFixture<BackOfficeFixture>
{
    private const string PtvId = "5a1e0000-0000-4000-8000-0000000000aa";

    [Fact]
    public async Task Get_ServiceFromPtv_ShowsSourceIdImportTimeAndOverwrittenFields()
    {
        var id = await fixture.CreateServiceAsync(BackOfficeFixture.Snapshot(BackOfficeFixture.OwnMunicipality, "kunta-167"));
        await fixture.WithDbAsync(async db =>
        {
            var service = await db.Services.SingleAsync(s => s.Id == id);
            service.Source = EntrySource.Ptv;
            service.ExternalId = PtvId;
            service.ImportedAt = new DateTime(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);
            service.ImportedFields = ["Name", "Channels"];
            return await db.SaveChangesAsync();
        });
        var client = await fixture.ClientAsync(EditorRoles.RegionalAdmin);

        var response = await client.GetAsync($"/hallinta/palvelut/{id}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var notice = html[html.IndexOf("id=\"ptv-notice\"", StringComparison.Ordinal)..];
        notice = notice[..notice.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("Palvelu tulee Suomi.fi-palvelutietovarannosta (PTV)", notice, StringComparison.Ordinal);
        Assert.Contains(PtvId, notice, StringComparison.Ordinal);
        Assert.Contains("datetime=\"2026-03-02T10:00:00", notice, StringComparison.Ordinal);
        Assert.Contains("Seuraava tuonti korvaa nämä kentät", notice, StringComparison.Ordinal);
        Assert.Contains("<li>Nimi</li>", notice, StringComparison.Ordinal);
        Assert.Contains("<li>Yhteystavat</li>", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("<li>Paikallinen kuvaus</li>", notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ServiceFromEditors_ShowsNoPtvNotice()
    {
        var id = await fixture.CreateServiceAsync(BackOfficeFixture.Snapshot(BackOfficeFixture.OwnMunicipality, "kunta-167"));
        var client = await fixture.ClientAsync(EditorRoles.RegionalAdmin);

        var html = await client.GetStringAsync($"/hallinta/palvelut/{id}");

        Assert.DoesNotContain("ptv-notice", html, StringComparison.Ordinal);
    }
}
