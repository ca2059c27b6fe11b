using System.Text.RegularExpressions;
using SahkoinenPerhekeskus.Core.Catalogue;

namespace SahkoinenPerhekeskus.Web.Tests.Hallinta;

/// <summary>
/// The back office's pages as its users meet them: every POST form can be sent, errors speak the editors' language,
/// the version diff reads as the form does, content loaded from files has a first version, and editors can see which
/// services still lack Swedish or English texts.
/// </summary>
public sealed partial class BackOfficePageTests(BackOfficeFixture fixture) : IClassFixture<BackOfficeFixture>
{
    [Theory]
    [InlineData("/hallinta/palvelut/{id}")]
    [InlineData("/hallinta/palvelut/{id}/versiot")]
    [InlineData("/hallinta/palvelut/{id}/ajastus")]
    [InlineData("/hallinta/palvelut")]
    [InlineData("/hallinta")]
    public async Task EveryPostForm_OnThePage_CarriesAnAntiforgeryToken(string path)
    {
        var id = await fixture.CreateServiceAsync(BackOfficeFixture.Snapshot(BackOfficeFixture.OwnMunicipality, "kunta-167"));
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var scheduler = scope.ServiceProvider.GetRequiredService<ServiceScheduler>();
            var service = (await scope.ServiceProvider.GetRequiredService<ServiceEditor>().FindAsync(id, CancellationToken.None))!;
            await scheduler.ScheduleAsync(service, ScheduledKind.Unpublish, DateTime.UtcNow.AddDays(30), Actor.System, CancellationToken.None);
        }

        var client = await fixture.ClientAsync(EditorRoles.RegionalAdmin);
        var html = await client.GetStringAsync(path.Replace("{id}", id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));

        var forms = PostForm().Matches(html);
        Assert.NotEmpty(forms);
        Assert.All(forms, form => Assert.Contains("__RequestVerificationToken", form.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostWithoutToken_InTheBackOffice_ExplainsInEditorsWords()
    {
        var client = await fixture.ClientAsync(EditorRoles.RegionalAdmin);

        var response = await client.PostAsync("/hallinta/kirjaudu/ulos", new FormUrlEncodedContent([]));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Lomaketta ei voitu käsitellä", html, StringComparison.Ordinal);
        Assert.Contains("class=\"hallinta\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("hakuehdot", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownBackOfficeAddress_Answers404InTheBackOfficeShell()
    {
        var client = await fixture.ClientAsync(EditorRoles.MunicipalityEditor);

        var response = await client.GetAsync("/hallinta/palvelut/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Sivua tai sisältöä ei löytynyt", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task VersionDiff_ShowsLabelsAndNamesNotStoredValues()
    {
        var snapshot = BackOfficeFixture.Snapshot(BackOfficeFixture.OwnMunicipality, "kunta-167");
        var id = await fixture.CreateServiceAsync(snapshot, publish: false);
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var editor = scope.ServiceProvider.GetRequiredService<ServiceEditor>();
            snapshot.Channels[0].Kind = ChannelKind.Chat;
            snapshot.IsFree = true;
            await editor.SaveDraftAsync((await editor.FindAsync(id, CancellationToken.None))!, snapshot, Actor.System, CancellationToken.None);
        }

        var client = await fixture.ClientAsync(EditorRoles.RegionalAdmin);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/hallinta/palvelut/{id}/versiot"));
        var diff = html[html.IndexOf("diff-table", StringComparison.Ordinal)..];

        Assert.Contains("<del>Puhelin</del>", diff, StringComparison.Ordinal);
        Assert.Contains("<ins>Chat</ins>", diff, StringComparison.Ordinal);
        Assert.Contains("<del>Ei</del>", diff, StringComparison.Ordinal);
        Assert.Contains("<ins>Kyllä</ins>", diff, StringComparison.Ordinal);
        Assert.DoesNotContain(">Phone<", diff, StringComparison.Ordinal);
        Assert.DoesNotContain(">true<", diff, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContentFileService_HasAnInitialVersion_SoTheFirstEditCanBeUndone()
    {
        var (id, versions) = await fixture.WithDbAsync(async db =>
        {
            var service = await db.Services.FirstAsync(s => s.Source == EntrySource.Content && s.Status == PublicationStatus.Published);
            return (service.Id, await db.ServiceVersions.Where(v => v.ServiceId == service.Id).ToListAsync());
        });

        var first = Assert.Single(versions);
        Assert.Equal(1, first.Number);
        Assert.Equal(VersionState.Published, first.State);
        Assert.Equal(InitialVersions.Note, first.Note);
        var html = await (await fixture.ClientAsync(EditorRoles.RegionalAdmin)).GetStringAsync($"/hallinta/palvelut/{id}/versiot");
        Assert.Contains("sisältötiedostot", html, StringComparison.Ordinal);

        // The stored note is a code; the page shows it in the reader's words.
        Assert.Contains("alkuperäinen sisältö", html, StringComparison.Ordinal);
        Assert.DoesNotContain(RecordCodes.InitialContent, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TranslationCoverage_ListsTheEditorsOwnServicesMissingSwedishOrEnglish()
    {
        var snapshot = BackOfficeFixture.Snapshot(BackOfficeFixture.OwnMunicipality, "kunta-167", "Kääntämätön palvelu " + Guid.NewGuid().ToString("N")[..6]);
        await fixture.CreateServiceAsync(snapshot, publish: true);
        var foreign = BackOfficeFixture.Snapshot(BackOfficeFixture.ForeignMunicipality, "kunta-422", "Vieraan kunnan palvelu " + Guid.NewGuid().ToString("N")[..6]);
        await fixture.CreateServiceAsync(foreign, publish: true);

        var html = WebUtility.HtmlDecode(await (await fixture.ClientAsync(EditorRoles.MunicipalityEditor)).GetStringAsync("/hallinta/kaannokset"));

        Assert.Contains("<h2 id=\"kaannokset-167\">Joensuu</h2>", html, StringComparison.Ordinal);
        var row = html[html.IndexOf(snapshot.Name.Fi, StringComparison.Ordinal)..];
        row = Regex.Replace(row[..row.IndexOf("</tr>", StringComparison.Ordinal)], ">\\s+<", "><");
        Assert.Contains("<td>nimi, tiivistelmä</td><td>nimi, tiivistelmä</td>", row, StringComparison.Ordinal);
        Assert.DoesNotContain(foreign.Name.Fi, html, StringComparison.Ordinal);
        Assert.DoesNotContain("kaannokset-422", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<form[^>]*method=\"post\"[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex PostForm();
}
