namespace SahkoinenPerhekeskus.BrowserTests.Hallinta.FormCrawl;

/// <summary>
/// Signed in as one role, visits every back-office page reachable by links from /hallinta (one page per address
/// template), checks every link on them, and collects every submit button. Pages about one service or account are
/// visited on the role's throwaway fixture, so the buttons found are those a real, fully used entry shows.
/// </summary>
public sealed class BackOfficeCrawler(IPage page, CrawlData data, CrawlRole role)
{
    private const int MaxPages = 80;

    private static readonly string[] BackOfficeRoots = ["/hallinta", "/sv/hallinta", "/en/hallinta"];

    private readonly HashSet<string> _checkedLinks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CrawlButton> _buttons = new(StringComparer.Ordinal);

    public List<string> PageTemplates { get; } = [];

    public List<string> Failures { get; } = [];

    public IReadOnlyCollection<CrawlButton> Buttons => _buttons.Values;

    public int LinksChecked => _checkedLinks.Count;

    public async Task CrawlAsync()
    {
        var service = role.ServiceOrganisation is null ? null : await data.ThrowawayServiceAsync(role);
        var userId = role.Role == Core.Accounts.EditorRoles.RegionalAdmin ? await data.ThrowawayUserIdAsync() : null;
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/hallinta" };
        var queue = new Queue<string>(["/hallinta"]);
        while (queue.TryDequeue(out var url) && PageTemplates.Count < MaxPages)
        {
            var template = UrlTemplate.Of(url);
            if (service is not null && UrlTemplate.IsServicePage(template))
            {
                url = UrlTemplate.WithService(url, service.Id);
            }

            if (userId is not null && UrlTemplate.IsUserPage(template))
            {
                url = UrlTemplate.WithUser(url, userId);
            }

            var response = await page.GotoAsync(url);
            PageTemplates.Add(template);
            if (response is null || response.Status >= 400)
            {
                Failures.Add($"GET {url}: {response?.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no response"}");
                continue;
            }

            foreach (var link in await LinksAsync())
            {
                if (IsBackOffice(link.Href) && !link.Download && !link.Href.Contains("handler=", StringComparison.Ordinal)
                    && !link.Href.StartsWith("/hallinta/kirjaudu", StringComparison.Ordinal))
                {
                    if (seen.Add(UrlTemplate.Of(link.Href)))
                    {
                        queue.Enqueue(link.Href);
                    }
                }
                else
                {
                    await CheckLinkAsync(url, link.Href);
                }
            }

            foreach (var button in await ButtonsAsync(template, url))
            {
                _buttons.TryAdd(button.Key, button);
            }
        }
    }

    /// <summary>The submit buttons of the page as it is now, each with its form's method and target.</summary>
    public async Task<IReadOnlyList<CrawlButton>> ButtonsAsync(string template, string url)
    {
        var found = await page.Locator(SubmitSelector).EvaluateAllAsync<ButtonInfo[]>(
            """
            els => els.map((el, i) => {
              const f = el.form;
              const target = el.hasAttribute('formaction') ? el.formAction : (f ? f.action : location.href);
              const u = new URL(target, location.href);
              const method = (el.getAttribute('formmethod') || (f && f.getAttribute('method')) || 'get').toLowerCase();
              return { index: i, method, action: u.pathname + u.search, label: (el.textContent || el.value || '').trim().replace(/\s+/g, ' '), visible: !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length) };
            })
            """);
        return [.. found.Where(b => b.Visible).Select(b =>
        {
            var action = UrlTemplate.Of(b.Action);
            return new CrawlButton($"{b.Method} {action} {b.Label}", template, url, b.Index, b.Method, action, b.Label);
        })];
    }

    public const string SubmitSelector = "button[type=submit], input[type=submit], form button:not([type])";

    private static bool IsBackOffice(string href) => BackOfficeRoots.Any(root => href == root || href.StartsWith(root + "/", StringComparison.Ordinal) || href.StartsWith(root + "?", StringComparison.Ordinal));

    private async Task<IReadOnlyList<LinkInfo>> LinksAsync()
    {
        var links = await page.Locator("a[href]").EvaluateAllAsync<LinkInfo[]>(
            "els => els.map(e => ({ href: e.getAttribute('href'), download: e.hasAttribute('download') }))");
        return [.. links.Where(l => l.Href.StartsWith('/') && !l.Href.StartsWith("//", StringComparison.Ordinal))];
    }

    /// <summary>A link that leaves the crawl (a download, a public page, a handler URL) must still answer.</summary>
    private async Task CheckLinkAsync(string from, string href)
    {
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        var target = hash >= 0 ? href[..hash] : href;
        if (target.Length == 0 || !_checkedLinks.Add(target))
        {
            return;
        }

        var response = await page.APIRequest.GetAsync(target);
        if (response.Status >= 400)
        {
            Failures.Add($"link {target} on {from}: {response.Status}");
        }
    }

    // Playwright fills these by property name, so they need setters and a parameterless constructor.
    public sealed class ButtonInfo
    {
        public int Index { get; set; }
        public string Method { get; set; } = "";
        public string Action { get; set; } = "";
        public string Label { get; set; } = "";
        public bool Visible { get; set; }
    }

    public sealed class LinkInfo
    {
        public string Href { get; set; } = "";
        public bool Download { get; set; }
    }
}
