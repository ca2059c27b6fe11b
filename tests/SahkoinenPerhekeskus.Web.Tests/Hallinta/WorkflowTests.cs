using SahkoinenPerhekeskus.Search;

namespace SahkoinenPerhekeskus.Web.Tests.Hallinta;

/// <summary>Scheduling on a fake clock, rollback, diff and the audit trail, through the real app.</summary>
public sealed class WorkflowTests(WorkflowFixture fixture) : IClassFixture<WorkflowFixture>
{
    [Fact]
    public async Task ScheduledPublish_WhenTheTimeComes_PublishesAndIsSearchable()
    {
        var word = UniqueWord();
        var id = await fixture.CreateServiceAsync(BackOfficeFixture.Snapshot("167", "kunta-167", $"Ajastettu {word}"), publish: false);
        var client = await fixture.ClientAsync(EditorRoles.MunicipalityEditor);

        var response = await MatrixEndpoints.Post(client, $"/hallinta/palvelut/{id}/ajastus", [new("Kind", "Publish"), new("At", LocalInput(fixture.Clock.GetUtcNow().AddHours(1)))]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(PublicationStatus.Draft, await StatusAsync(id));
        fixture.Clock.Advance(TimeSpan.FromMinutes(30));
        await Task.Delay(300);
        Assert.Equal(PublicationStatus.Draft, await StatusAsync(id));

        fixture.Clock.Advance(TimeSpan.FromMinutes(31));

        // The worker saves and then lets the index catch up: the search is current when its step returns, so wait for both.
        var publicId = await PublicIdAsync(id);
        await WaitUntilAsync(async () => await StatusAsync(id) == PublicationStatus.Published && Search(word).Any(h => h.Id == publicId));
        Assert.Equal(0, await fixture.WithDbAsync(db => db.ScheduledActions.CountAsync(a => a.ServiceId == id)));
    }

    [Fact]
    public async Task ScheduledUnpublish_WhenTheTimeComes_RemovesFromSiteAndSearch()
    {
        var word = UniqueWord();
        var id = await fixture.CreateServiceAsync(BackOfficeFixture.Snapshot("167", "kunta-167", $"Poistuva {word}"));
        var publicId = await PublicIdAsync(id);
        Assert.Contains(Search(word), h => h.Id == publicId);
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var editor = scope.ServiceProvider.GetRequiredService<ServiceEditor>();
            var service = (await editor.FindAsync(id, CancellationToken.None))!;
            await scope.ServiceProvider.GetRequiredService<ServiceScheduler>().ScheduleAsync(service, ScheduledKind.Unpublish, fixture.Clock.GetUtcNow().UtcDateTime.AddDays(1), Actor.System, CancellationToken.None);
        }

        fixture.Clock.Advance(TimeSpan.FromDays(1).Add(TimeSpan.FromMinutes(1)));

        await WaitUntilAsync(async () => await StatusAsync(id) == PublicationStatus.Draft && Search(word).All(h => h.Id != publicId));
        var slug = await fixture.WithDbAsync(db => db.Services.Where(s => s.Id == id).Select(s => s.Slug).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Anonymous().GetAsync("/palvelut/" + slug)).StatusCode);
    }

    [Fact]
    public async Task Rollback_ToFirstVersion_RestoresEveryField()
    {
        var original = WorkflowFixture.Rich("Palautettava " + UniqueWord());
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<ServiceEditor>();
        var service = await editor.CreateAsync(original, Actor.System, CancellationToken.None);
        await editor.SaveDraftAsync(service, WorkflowFixture.Other("Muu"), Actor.System, CancellationToken.None);
        Assert.NotEqual(original.ToJson(), ServiceSnapshot.From(service).ToJson());

        Assert.True(await editor.RollbackAsync(service, 1, Actor.System, CancellationToken.None));

        Assert.Equal(original.ToJson(), (await editor.WorkingCopyAsync(service, CancellationToken.None)).ToJson());
        var reloaded = await ReloadAsync(service.Id);
        Assert.Equal(original.ToJson(), reloaded.ToJson());
        Assert.Equal(3, await fixture.VersionCountAsync(service.Id));
    }

    [Fact]
    public async Task Rollback_ToLastPublished_DiscardsThePendingDraftWithoutTouchingThePublicPage()
    {
        var published = WorkflowFixture.Rich("Julkaistu " + UniqueWord());
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<ServiceEditor>();
        var service = await editor.CreateAsync(published, Actor.System, CancellationToken.None);
        await editor.PublishAsync(service, Actor.System, CancellationToken.None);
        await editor.SaveDraftAsync(service, WorkflowFixture.Other("Keskeneräinen"), Actor.System, CancellationToken.None);
        Assert.Equal(published.ToJson(), (await ReloadAsync(service.Id)).ToJson());

        await editor.RollbackAsync(service, 2, Actor.System, CancellationToken.None);

        Assert.Equal(published.ToJson(), (await editor.WorkingCopyAsync(service, CancellationToken.None)).ToJson());
        Assert.Equal(published.ToJson(), (await ReloadAsync(service.Id)).ToJson());
    }

    [Fact]
    public void Diff_OfTwoVersions_ListsOnlyTheChangedFields()
    {
        var a = WorkflowFixture.Rich("Vertailtava");
        var b = ServiceSnapshot.FromJson(a.ToJson());
        b.Name.Sv = "Nytt namn";
        b.Channels[1].Value = "013 765 4321";
        b.Needs.Add("kasvatus");

        var diff = SnapshotDiff.Compare(a, b);

        Assert.Equal(["Name.sv", "Needs", "Channels[1].Value"], diff.Select(d => d.Field));
        Assert.Equal("013 765 4321", diff[2].After);
        Assert.Empty(SnapshotDiff.Compare(a, ServiceSnapshot.FromJson(a.ToJson())));
    }

    [Fact]
    public async Task VersionsPage_Diff_ShowsChangedRowsOnly()
    {
        var id = await fixture.CreateServiceAsync(BackOfficeFixture.Snapshot("167", "kunta-167"), publish: false);
        var client = await fixture.ClientAsync(EditorRoles.MunicipalityEditor);

        var html = await client.GetStringAsync($"/hallinta/palvelut/{id}/versiot?a=1&b=2");

        var table = html[html.IndexOf("diff-table", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        Assert.Equal(1, CountOf(table, "<tr><th scope=\"row\">"));
        Assert.Contains("Tiivistelmä (suomi)", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditLog_RecordsEveryAction()
    {
        var client = await fixture.ClientAsync(EditorRoles.RegionalAdmin);
        var snapshot = BackOfficeFixture.Snapshot("167", "kunta-167", "Kirjattu " + UniqueWord());
        var created = await MatrixEndpoints.Post(client, "/hallinta/palvelut/uusi", ServiceFormData.For(snapshot));
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
        var changed = ServiceFormData.For(snapshot, f => f["Form.Summary.Fi"] = "Uusi tiivistelmä");

        await MatrixEndpoints.Post(client, $"/hallinta/palvelut/{id}", changed);
        await MatrixEndpoints.Post(client, $"/hallinta/palvelut/{id}?handler=Review", changed);
        await MatrixEndpoints.Post(client, $"/hallinta/palvelut/{id}/tila?handler=Publish", []);
        await MatrixEndpoints.Post(client, $"/hallinta/palvelut/{id}/tila?handler=Check", []);
        await MatrixEndpoints.Post(client, $"/hallinta/palvelut/{id}/ajastus", [new("Kind", "Unpublish"), new("At", LocalInput(fixture.Clock.GetUtcNow().AddDays(30)))]);
        var scheduled = await fixture.WithDbAsync(db => db.ScheduledActions.Where(a => a.ServiceId == id).Select(a => a.Id).SingleAsync());
        await MatrixEndpoints.Post(client, $"/hallinta/palvelut/{id}/ajastus?handler=Cancel", [new("ActionId", scheduled.ToString(CultureInfo.InvariantCulture))]);
        await MatrixEndpoints.Post(client, $"/hallinta/palvelut/{id}/tila?handler=Unpublish", []);
        await MatrixEndpoints.Post(client, $"/hallinta/palvelut/{id}/versiot?handler=Rollback&number=1", []);
        await MatrixEndpoints.UploadAsync(client, id, TestImages.Png(100, 80), "kuva.png");
        await MatrixEndpoints.Post(client, $"/hallinta/palvelut/{id}?handler=Publish", changed);
        await MatrixEndpoints.Post(client, $"/hallinta/palvelut/{id}/poista", []);

        var key = id.ToString(CultureInfo.InvariantCulture);
        var entries = await fixture.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "service" && e.EntityId == key).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(
            ["service.create", "service.save", "service.review", "service.publish", "service.check", "service.schedule", "service.unschedule",
             "service.unpublish", "service.rollback", "service.image", "service.publish", "service.delete"],
            entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(BackOfficeFixture.Emails[EditorRoles.RegionalAdmin], e.ActorName));
        var save = entries[1];
        Assert.Contains("Lyhyt kuvaus.", save.Before, StringComparison.Ordinal);
        Assert.Contains("Uusi tiivistelmä", save.After, StringComparison.Ordinal);
        Assert.NotNull(entries[^1].Before);
    }

    [Fact]
    public async Task SaveAndPublish_FromTheForm_IsOneVersionAndOneAuditEntry()
    {
        var client = await fixture.ClientAsync(EditorRoles.RegionalAdmin);
        var snapshot = BackOfficeFixture.Snapshot("167", "kunta-167", "Julkaistava " + UniqueWord());
        var created = await MatrixEndpoints.Post(client, "/hallinta/palvelut/uusi", ServiceFormData.For(snapshot));
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
        var key = id.ToString(CultureInfo.InvariantCulture);
        var versions = await fixture.VersionCountAsync(id);
        var audited = await fixture.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == "service" && e.EntityId == key));

        var response = await MatrixEndpoints.Post(client, $"/hallinta/palvelut/{id}?handler=Publish", ServiceFormData.For(snapshot, f => f["Form.Summary.Fi"] = "Julkaistu tiivistelmä"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(versions + 1, await fixture.VersionCountAsync(id));
        var latest = await fixture.WithDbAsync(db => db.ServiceVersions.Where(v => v.ServiceId == id).OrderByDescending(v => v.Number).FirstAsync());
        Assert.Equal(VersionState.Published, latest.State);
        Assert.Contains("Julkaistu tiivistelmä", latest.Snapshot, StringComparison.Ordinal);
        var entries = await fixture.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == "service" && e.EntityId == key).OrderBy(e => e.Id).Skip(audited).Select(e => e.Action).ToListAsync());
        Assert.Equal(["service.publish"], entries);
        Assert.Equal(PublicationStatus.Published, await fixture.WithDbAsync(db => db.Services.Where(s => s.Id == id).Select(s => s.Status).FirstAsync()));
    }

    [Fact]
    public async Task AuditLog_ForAnEditor_ShowsOnlyTheirScope()
    {
        var own = await fixture.CreateServiceAsync(BackOfficeFixture.Snapshot("167", "kunta-167", "Oma " + UniqueWord()));
        var foreign = await fixture.CreateServiceAsync(BackOfficeFixture.Snapshot("422", "kunta-422", "Vieras " + UniqueWord()));
        var client = await fixture.ClientAsync(EditorRoles.MunicipalityEditor);

        var html = await client.GetStringAsync("/hallinta/loki");

        Assert.Contains($"/hallinta/palvelut/{own}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/hallinta/palvelut/{foreign}\"", html, StringComparison.Ordinal);
        var foreignEntry = await fixture.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityId == foreign.ToString(CultureInfo.InvariantCulture)).Select(e => e.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/hallinta/loki/{foreignEntry}")).StatusCode);
    }

    private static string UniqueWord() => "zq" + Guid.NewGuid().ToString("N")[..8].Replace('0', 'k').Replace('1', 'm');

    private static string LocalInput(DateTimeOffset utc) =>
        TimeZoneInfo.ConvertTime(utc, ServiceEditor.Helsinki).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private IReadOnlyList<SearchHit> Search(string word) =>
        fixture.Factory.Services.GetRequiredService<IServiceIndex>().Search(new SearchQuery { Text = word, PageSize = 50 }).Items;

    private Task<string> PublicIdAsync(int id) => fixture.WithDbAsync(db => db.Services.Where(s => s.Id == id).Select(s => s.PublicId).SingleAsync());

    private Task<PublicationStatus> StatusAsync(int id) => fixture.WithDbAsync(db => db.Services.Where(s => s.Id == id).Select(s => s.Status).SingleAsync());

    private async Task<ServiceSnapshot> ReloadAsync(int id)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return ServiceSnapshot.From((await scope.ServiceProvider.GetRequiredService<ServiceEditor>().FindAsync(id, CancellationToken.None))!);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("The scheduler did not run within 10 s of moving the clock.");
    }
}
