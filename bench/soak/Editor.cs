using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace SahkoinenPerhekeskus.Bench.Soak;

/// <summary>
/// One editor on one node, through the back office's own forms: signs in, opens a service, changes its Finnish
/// summary and presses "Tallenna ja julkaise". A publish counts as acknowledged only on the 302 the page answers
/// after a successful save; any other answer is an error of the soak.
/// </summary>
public sealed partial class Editor : IDisposable
{
    private readonly HttpClient _client;
    private readonly HtmlParser _parser = new();

    public Editor(string baseUrl)
    {
        BaseUrl = baseUrl;
        _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public string BaseUrl { get; }

    public async Task SignInAsync(string email, string password)
    {
        var form = await FormAsync("/hallinta/kirjaudu", "form[method=post]");
        Set(form, "Email", email);
        Set(form, "Password", password);
        using var answer = await _client.PostAsync("/hallinta/kirjaudu", new FormUrlEncodedContent(form));
        if (answer.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"sign-in on {BaseUrl} answered {(int)answer.StatusCode}: {await ErrorsAsync(answer)}");
        }
    }

    /// <summary>The back-office ids of the services this editor may edit, from its service list.</summary>
    public async Task<IReadOnlyList<int>> ServiceIdsAsync()
    {
        var html = await _client.GetStringAsync("/hallinta/palvelut");
        return EditLink().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();
    }

    /// <summary>Publishes the service with <paramref name="token"/> as the last word of its summary; null on success, else what went wrong.</summary>
    public Task<string?> PublishAsync(int id, string token) => SaveAsync(id, token, publish: true);

    /// <summary>Saves the summary change as a draft (the plain submit button); null on success.</summary>
    public Task<string?> SaveDraftAsync(int id, string token) => SaveAsync(id, token, publish: false);

    /// <summary>Schedules the service's draft to be published at <paramref name="helsinkiLocal"/> (yyyy-MM-ddTHH:mm:ss); null on success.</summary>
    public async Task<string?> SchedulePublishAsync(int id, string helsinkiLocal)
    {
        var path = $"/hallinta/palvelut/{id}/ajastus";
        var form = await FormAsync(path, "form.narrow-form");
        Set(form, "Kind", "Publish");
        Set(form, "At", helsinkiLocal);
        using var answer = await _client.PostAsync(path, new FormUrlEncodedContent(form));
        return answer.StatusCode == HttpStatusCode.Redirect ? null : $"schedule of {id} on {BaseUrl} answered {(int)answer.StatusCode}: {await ErrorsAsync(answer)}";
    }

    private async Task<string?> SaveAsync(int id, string token, bool publish)
    {
        var path = $"/hallinta/palvelut/{id}";
        var form = await FormAsync(path, "form.service-form");
        const string field = "Form.Summary.Fi";
        if (!form.Exists(f => f.Key == field))
        {
            throw new InvalidOperationException($"no {field} on {path}: the form changed, so the soak would publish nothing new");
        }

        var summary = Token().Replace(form.First(f => f.Key == field).Value, string.Empty).TrimEnd();
        Set(form, field, $"{summary} Kierros {token}.".TrimStart());
        using var answer = await _client.PostAsync(publish ? path + "?handler=Publish" : path, new FormUrlEncodedContent(form));
        return answer.StatusCode == HttpStatusCode.Redirect ? null : $"{(publish ? "publish" : "draft")} of {id} on {BaseUrl} answered {(int)answer.StatusCode}";
    }

    /// <summary>The validation messages a refused form shows, so a failed press says why.</summary>
    private async Task<string> ErrorsAsync(HttpResponseMessage answer) =>
        string.Join(" / ", _parser.ParseDocument(await answer.Content.ReadAsStringAsync())
            .QuerySelectorAll(".field-error, .error-summary li").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).Distinct());

    private static void Set(List<KeyValuePair<string, string>> form, string name, string value)
    {
        form.RemoveAll(f => f.Key == name);
        form.Add(new(name, value));
    }

    /// <summary>What a browser would send for the form: every named field with its current value, in order, lists included.</summary>
    private async Task<List<KeyValuePair<string, string>>> FormAsync(string path, string selector)
    {
        using var page = await _client.GetAsync(path);
        if (page.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} on {BaseUrl} answered {(int)page.StatusCode}");
        }

        var document = _parser.ParseDocument(await page.Content.ReadAsStringAsync());
        var form = document.QuerySelector(selector) as IHtmlFormElement ?? throw new InvalidOperationException($"no {selector} on {path}");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when input.Name is { Length: > 0 } name && input.Type is not ("submit" or "button" or "file" or "image"):
                    if (input.Type is not ("checkbox" or "radio") || input.IsChecked)
                    {
                        fields.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlTextAreaElement area when area.Name is { Length: > 0 } name:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select when select.Name is { Length: > 0 } name:
                    var chosen = select.Options.Where(o => o.IsSelected).ToList();
                    if (chosen.Count == 0 && !select.IsMultiple && select.Options.Length > 0)
                    {
                        chosen.Add(select.Options[0]!);
                    }

                    fields.AddRange(chosen.Select(o => new KeyValuePair<string, string>(name, o.Value)));
                    break;
            }
        }

        return fields;
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("href=\"/hallinta/palvelut/(\\d+)\"")]
    private static partial Regex EditLink();

    [GeneratedRegex(@"\s*Kierros [a-z]+\.$")]
    private static partial Regex Token();
}
