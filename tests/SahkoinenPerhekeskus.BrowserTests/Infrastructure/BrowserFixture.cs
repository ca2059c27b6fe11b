namespace SahkoinenPerhekeskus.BrowserTests.Infrastructure;

/// <summary>
/// One headless Debian Chromium (<c>/usr/bin/chromium</c>, or <c>PERHEKESKUS_CHROMIUM</c>) driven by Playwright's
/// bundled driver, shared by every test in <see cref="BrowserCollection"/>. Playwright never downloads a browser here.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Where Debian's chromium package puts the browser.</summary>
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    /// <summary>The flags Chromium needs here: root without a sandbox, no GPU, and no calls home on a closed network.</summary>
    public static IReadOnlyList<string> ChromiumArgs { get; } =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The running browser.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium has not been launched.");

    /// <summary>The browser executable used.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("PERHEKESKUS_CHROMIUM") is { Length: > 0 } path ? path : DefaultChromiumPath;

    /// <summary>
    /// A new isolated context (cookies, storage) with a viewport and a locale; relative URLs resolve against
    /// <paramref name="baseUrl"/>. Dispose it at the end of the test (<c>await using</c>).
    /// </summary>
    public Task<IBrowserContext> NewContextAsync(Uri baseUrl, ViewportSize viewport, string locale = "fi-FI") =>
        NewContextAsync(baseUrl, viewport, new BrowserNewContextOptions { Locale = locale });

    /// <summary>
    /// A new context with extra options, e.g. <c>JavaScriptEnabled = false</c> for the no-JavaScript journeys or
    /// <c>BypassCSP = true</c> where a test injects its own stylesheet. Base URL, viewport and time zone are set here.
    /// </summary>
    public Task<IBrowserContext> NewContextAsync(Uri baseUrl, ViewportSize viewport, BrowserNewContextOptions options)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(options);
        options.BaseURL = baseUrl.ToString();
        options.ViewportSize = viewport;
        options.Locale ??= "fi-FI";
        options.TimezoneId = "Europe/Helsinki";
        return Browser.NewContextAsync(options);
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {ChromiumPath}. Install it: apt-get install -y chromium (./test.sh does this as root).");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
