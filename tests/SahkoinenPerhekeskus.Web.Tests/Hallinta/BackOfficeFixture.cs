using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using SahkoinenPerhekeskus.Core.Catalogue;

namespace SahkoinenPerhekeskus.Web.Tests.Hallinta;

/// <summary>The app with one account per role, signed-in clients, and helpers to make services and read their state.</summary>
public partial class BackOfficeFixture : IAsyncLifetime
{
    public const string Password = "pitkä testisalasana joka ei ole yleinen";
    public const string OwnMunicipality = "167";
    public const string ForeignMunicipality = "422";
    public const string OwnOrganisation = "mll-pohjois-karjala";

    public static readonly IReadOnlyDictionary<string, string> Emails = new Dictionary<string, string>
    {
        [EditorRoles.RegionalAdmin] = "admin@test.example",
        [EditorRoles.MunicipalityEditor] = "kunta@test.example",
        [EditorRoles.OrganisationEditor] = "jarjesto@test.example",
        [EditorRoles.Reviewer] = "tarkastaja@test.example",
        [EditorRoles.AreaLeader] = "alue@test.example",
    };

    /// <summary>The area leader's area; it holds <see cref="OwnMunicipality"/>.</summary>
    public const string OwnArea = "keskinen";

    private readonly Dictionary<string, HttpClient> _clients = [];

    public BackOfficeFixture()
    {
        Factory = Configure(new PerhekeskusWebFactory());
    }

    public PerhekeskusWebFactory Factory { get; }

    protected virtual PerhekeskusWebFactory Configure(PerhekeskusWebFactory factory) => factory;

    public async Task InitializeAsync()
    {
        _ = Factory.Services;
        await using var scope = Factory.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        foreach (var (role, email) in Emails)
        {
            var result = await accounts.CreateAsync(role switch
            {
                EditorRoles.MunicipalityEditor or EditorRoles.Reviewer => new NewAccount(email, role, [OwnMunicipality], null, Password),
                EditorRoles.OrganisationEditor => new NewAccount(email, role, [], OwnOrganisation, Password),
                EditorRoles.AreaLeader => new NewAccount(email, role, [], null, Password, AreaCode: OwnArea),
                _ => new NewAccount(email, role, [], null, Password),
            }, CancellationToken.None);
            Assert.True(result.Succeeded, string.Join("; ", result.Problems.Select(p => p.Message)));
        }
    }

    public Task DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        Factory.Dispose();
        return Task.CompletedTask;
    }

    public HttpClient Anonymous() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in as the role's account (through the real login form), cached per role.</summary>
    public async Task<HttpClient> ClientAsync(string role)
    {
        if (_clients.TryGetValue(role, out var cached))
        {
            return cached;
        }

        var client = Anonymous();
        var response = await LoginAsync(client, Emails[role], Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        _clients[role] = client;
        return client;
    }

    /// <summary>Signs in through the real form (the page first, for its antiforgery token).</summary>
    public static Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password) =>
        PostAsync(client, "/hallinta/kirjaudu", "/hallinta/kirjaudu", [new("Email", email), new("Password", password)]);

    /// <summary>Posts a form with the antiforgery token taken from <paramref name="tokenPage"/>.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string tokenPage, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await TokenAsync(client, tokenPage);
        return await client.PostAsync(url, new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]));
    }

    public static async Task<string> TokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "no antiforgery token on " + page);
        return match.Groups[1].Value;
    }

    public static ServiceSnapshot Snapshot(string municipality, string organisation, string? name = null) => new()
    {
        Organisation = organisation,
        Name = new LocalizedText(name ?? "Testipalvelu " + Guid.NewGuid().ToString("N")[..8]),
        Summary = new LocalizedText("Lyhyt kuvaus."),
        Coverage = ServiceCoverage.Local,
        Municipalities = [municipality],
        Languages = ["fi"],
        Channels = [new ChannelSnapshot { Kind = ChannelKind.Phone, Value = "013 123 4567" }],
    };

    /// <summary>Creates a service with versions 1 (created) and 2 (saved), published as version 3, as the system.</summary>
    public async Task<int> CreateServiceAsync(ServiceSnapshot snapshot, bool publish = true, bool sendForReview = false)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<ServiceEditor>();
        var service = await editor.CreateAsync(snapshot, Actor.System, CancellationToken.None);
        service.ReviewBy = editor.Today().AddDays(-10);
        snapshot.Summary = new LocalizedText("Toinen versio.");
        await editor.SaveDraftAsync(service, snapshot, Actor.System, CancellationToken.None);
        if (publish)
        {
            await editor.PublishAsync(service, Actor.System, CancellationToken.None);
        }

        if (sendForReview)
        {
            snapshot.Summary = new LocalizedText("Tarkastettava versio.");
            await editor.SaveDraftAsync(service, snapshot, Actor.System, CancellationToken.None, VersionState.InReview);
        }

        return service.Id;
    }

    /// <summary>Everything an action could change about a service, as one comparable string.</summary>
    public async Task<string> StateAsync(int id)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerhekeskusDbContext>();
        var service = await scope.ServiceProvider.GetRequiredService<ServiceEditor>().FindAsync(id, CancellationToken.None);
        var versions = await db.ServiceVersions.CountAsync(v => v.ServiceId == id);
        var scheduled = await db.ScheduledActions.CountAsync(a => a.ServiceId == id);
        var images = await db.MediaImages.CountAsync(i => i.ServiceId == id);
        return service is null
            ? "deleted"
            : JsonSerializer.Serialize(new { Content = ServiceSnapshot.From(service).ToJson(), service.Status, service.ReviewBy, service.PublishedAt, service.UpdatedAt, versions, scheduled, images });
    }

    public async Task<int> VersionCountAsync(int id)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PerhekeskusDbContext>().ServiceVersions.CountAsync(v => v.ServiceId == id);
    }

    public async Task<T> WithDbAsync<T>(Func<PerhekeskusDbContext, Task<T>> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<PerhekeskusDbContext>());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
