namespace SahkoinenPerhekeskus.BrowserTests.Hallinta.FormCrawl;

/// <summary>
/// Presses one button the way a person does: opens its page (on a fresh throwaway when the page is about one service
/// or account), fills what a person would fill, clicks, and then checks that no answer was a 400 or 500, that no
/// error summary came back, and that the action had the effect its label promises.
/// </summary>
public sealed class FormPresser(IPage page, CrawlData data, CrawlRole role, BackOfficeCrawler crawler)
{
    public async Task<CrawlPress> PressAsync(CrawlButton button)
    {
        var context = await ContextAsync(button);
        var url = button.PageUrl;
        if (context.Service is { } s && (UrlTemplate.IsServicePage(button.PageTemplate)))
        {
            url = UrlTemplate.WithService(url, s.Id);
        }

        if (context.UserId is { } u)
        {
            url = UrlTemplate.WithUser(url, u);
        }

        await page.GotoAsync(url);
        var match = (await crawler.ButtonsAsync(button.PageTemplate, url)).FirstOrDefault(b => b.Key == button.Key);
        if (match is null)
        {
            return new CrawlPress(button, 0, "", $"the button is not on {url} any more");
        }

        var channelsBefore = await page.Locator("[id$='__Kind'][id^='Form_Channels_']").CountAsync();
        await FormFiller.FillAsync(page, button, context, CrawlData.Password);

        var documents = new List<(string Url, int Status)>();
        void OnResponse(object? sender, IResponse r)
        {
            if (r.Request.ResourceType == "document")
            {
                documents.Add((r.Url, r.Status));
            }
        }

        page.Response += OnResponse;
        try
        {
            var target = page.Locator(BackOfficeCrawler.SubmitSelector).Nth(match.Index);
            // The first press of a page type may wait for its view to compile on a loaded machine: a minute, not 30 s.
            await page.RunAndWaitForResponseAsync(
                () => target.ClickAsync(),
                r => r.Request.ResourceType == "document" && r.Status is < 300 or 304 or >= 400,
                new PageRunAndWaitForResponseOptions { Timeout = 60_000 });
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        }
        catch (TimeoutException e)
        {
            return new CrawlPress(button, 0, "", $"no page came back: {e.Message.Split('\n')[0]}");
        }
        finally
        {
            page.Response -= OnResponse;
        }

        var status = documents.Count == 0 ? 0 : documents[^1].Status;
        if (documents.FirstOrDefault(d => d.Status >= 400) is { Url: not null } bad)
        {
            return new CrawlPress(button, bad.Status, "", $"{bad.Status} from {bad.Url}");
        }

        if (await page.Locator("[data-error-summary], .error-summary").CountAsync() > 0)
        {
            return new CrawlPress(button, status, "", "validation errors: " + (await page.InnerTextAsync("[data-error-summary], .error-summary")).ReplaceLineEndings(" "));
        }

        var (effect, failure) = await VerifyAsync(button, context, channelsBefore, url);
        return new CrawlPress(button, status, effect, failure);
    }

    private async Task<PressContext> ContextAsync(CrawlButton button)
    {
        var needsService = UrlTemplate.IsServicePage(button.PageTemplate) || button.Label == "Tee valituille";
        return new PressContext
        {
            Service = needsService && role.ServiceOrganisation is not null ? await data.ThrowawayServiceAsync(role) : null,
            UserId = UrlTemplate.IsUserPage(button.PageTemplate) ? await data.ThrowawayUserIdAsync() : null,
        };
    }

    /// <summary>The effect the label promises, read from the database or the page; a generic check for the rest.</summary>
    private async Task<(string Effect, string? Failure)> VerifyAsync(CrawlButton button, PressContext context, int channelsBefore, string url)
    {
        var id = context.Service?.Id ?? 0;
        switch (button.Label)
        {
            case "Kirjaudu ulos":
                await page.GotoAsync("/hallinta");
                return Expect(page.Url.Contains("/hallinta/kirjaudu", StringComparison.Ordinal), "/hallinta asks for sign-in again", page.Url);
            case "Merkitse tarkistetuksi":
            case "Tee valituille":
                var reviewBy = await data.QueryAsync(db => db.Services.Where(s => s.Id == id).Select(s => s.ReviewBy).FirstAsync());
                return Expect(reviewBy > DateOnly.FromDateTime(DateTime.UtcNow), $"review-by moved from {CrawlData.OldReviewBy:yyyy-MM-dd} to {reviewBy:yyyy-MM-dd}", $"review-by {reviewBy}");
            case var l when l.StartsWith("Palauta versio ", StringComparison.Ordinal):
                var number = int.Parse(l["Palauta versio ".Length..], CultureInfo.InvariantCulture);
                var versions = await data.QueryAsync(db => db.ServiceVersions.Where(v => v.ServiceId == id).OrderByDescending(v => v.Number).ToListAsync());
                var restored = versions.First(v => v.Number == number);
                var same = ServiceSnapshot.FromJson(versions[0].Snapshot).ToJson() == ServiceSnapshot.FromJson(restored.Snapshot).ToJson();
                return Expect(same && versions[0].State == VersionState.Draft, $"the draft (version {versions[0].Number}) equals version {number}", "the newest version differs");
            case "Julkaise":
            case "Tallenna ja julkaise":
                var published = await LatestAsync(id);
                return Expect(published.State == VersionState.Published && published.Status == PublicationStatus.Published, "the working copy is published", $"{published.State}/{published.Status}");
            case "Poista julkaisusta":
                var unpublished = await LatestAsync(id);
                return Expect(unpublished.Status == PublicationStatus.Draft, "the service is off the public site", unpublished.Status.ToString());
            case "Tallenna luonnos":
            case "Tallenna ja lähetä tarkastettavaksi":
                var saved = await LatestAsync(id);
                var state = button.Label == "Tallenna luonnos" ? VersionState.Draft : VersionState.InReview;
                return Expect(saved.State == state && saved.Snapshot.Contains(context.Marker, StringComparison.Ordinal), $"a {state} version holds the edit", $"{saved.State}, edit saved: {saved.Snapshot.Contains(context.Marker, StringComparison.Ordinal)}");
            case "Lisää yhteystapa":
                var channels = await page.Locator("[id$='__Kind'][id^='Form_Channels_']").CountAsync();
                return Expect(channels == channelsBefore + 1, $"the form has {channels} channels instead of {channelsBefore}", $"{channels} channels");
            case "Poista pysyvästi":
                var left = await data.QueryAsync(db => db.Services.CountAsync(s => s.Id == id && s.Status != PublicationStatus.Archived));
                return Expect(left == 0, "the service is gone", "the service is still there");
            case "Ajasta":
            case "Peru":
                var pending = await data.QueryAsync(db => db.ScheduledActions.CountAsync(a => a.ServiceId == id));
                return Expect(pending == (button.Label == "Ajasta" ? 2 : 0), $"{pending} scheduled action(s) pending", $"{pending} pending");
            case "Lataa kuva":
                var uploaded = await data.QueryAsync(db => db.MediaImages.CountAsync(i => i.ServiceId == id && i.Alt.Fi.Contains(context.Marker)));
                return Expect(uploaded == 1, "the image is stored with its alternative text", $"{uploaded} images with the marker");
            case "Poista kuva":
                var images = await data.QueryAsync(db => db.MediaImages.CountAsync(i => i.ServiceId == id));
                return Expect(images == 0, "the image is gone", $"{images} images left");
            case "Tallenna luonnoksena":
                var created = await data.QueryAsync(db => db.Services.CountAsync(s => s.Name.Fi.Contains(context.Marker)));
                return Expect(created == 1, "the new service exists as a draft", $"{created} services");
            case "Luo käyttäjä":
                data.ForgetUser(context.NewEmail!);
                var users = await data.QueryAsync(db => db.Users.CountAsync(x => x.Email == context.NewEmail));
                return Expect(users == 1, "the account exists", $"{users} accounts");
            case "Avaa lukitus":
                var lockout = await data.QueryAsync(db => db.Users.Where(x => x.Id == context.UserId).Select(x => x.LockoutEnd).FirstAsync());
                return Expect(lockout is null || lockout < DateTimeOffset.UtcNow, "the account is unlocked", $"locked until {lockout}");
            case "Ota käyttöön":
                var twoFactor = await data.QueryAsync(db => db.Users.Where(x => x.Email == role.Email).Select(x => x.TwoFactorEnabled).FirstAsync());
                await data.ResetAccountAsync(role.Email);
                await CrawlData.SignInAsync(page, role.Email);
                return Expect(twoFactor, "two-factor sign-in is on", "two-factor sign-in is off");
            case "Vaihda salasana":
                var changed = await GenericAsync(button, url);
                await data.ResetAccountAsync(role.Email);
                await CrawlData.SignInAsync(page, role.Email);
                return changed;
            default:
                return await GenericAsync(button, url);
        }
    }

    /// <summary>A GET form shows its page again; a POST either says it succeeded or moves on to another page (post/redirect/get).</summary>
    private async Task<(string, string?)> GenericAsync(CrawlButton button, string url)
    {
        if (button.Method == "get")
        {
            return Expect(page.Url.Contains('?', StringComparison.Ordinal), "the page shows the filtered view", page.Url);
        }

        var notice = await page.Locator(".notice--success, [role=status]").CountAsync() > 0;
        var now = new Uri(page.Url).AbsolutePath;
        var moved = now != url.Split('?')[0];
        return Expect(notice || moved, notice ? "a success notice" : $"moved on to {now}", "no notice and no redirect");
    }

    private async Task<(VersionState State, PublicationStatus Status, string Snapshot)> LatestAsync(int id)
    {
        var latest = await data.QueryAsync(db => db.ServiceVersions.Where(v => v.ServiceId == id).OrderByDescending(v => v.Number).FirstAsync());
        var status = await data.QueryAsync(db => db.Services.Where(s => s.Id == id).Select(s => s.Status).FirstAsync());
        return (latest.State, status, latest.Snapshot);
    }

    private static (string, string?) Expect(bool ok, string effect, string actual) => ok ? (effect, null) : ("", $"expected: {effect}; saw: {actual}");
}
