using System.Text;
using Xunit.Abstractions;

namespace SahkoinenPerhekeskus.BrowserTests.Hallinta.FormCrawl;

/// <summary>
/// Presses every button of the back office as each of the five roles, in a real browser: every page reachable from
/// /hallinta, every form and every formaction, with the values a person would give. No press may answer 400 or 500
/// or come back with validation errors, and each must have its visible effect. The report of what was pressed goes
/// to TestResults/form-crawl/.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FormCrawlTests(SiteFixture site, BrowserFixture browser, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly CrawlData _data = new(site);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _data.CleanUpAsync();

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EveryButton_PressedAsRole_AnswersWithoutErrorAndHasItsEffect(string roleName)
    {
        var role = CrawlRole.Get(roleName);
        var email = await _data.EnsureAccountAsync(role);
        await using var context = await browser.NewContextAsync(site.BaseUrl, Viewports.Get(Viewports.Desktop));
        var page = await context.NewPageAsync();
        await CrawlData.SignInAsync(page, email);

        var crawler = new BackOfficeCrawler(page, _data, role);
        await crawler.CrawlAsync();
        var presser = new FormPresser(page, _data, role, crawler);
        var presses = new List<CrawlPress>();
        // Account changes and signing out last: the crawl keeps its session until the end.
        foreach (var button in crawler.Buttons.OrderBy(b => b.Label == "Kirjaudu ulos" ? 2 : b.PageTemplate.StartsWith("/hallinta/tili", StringComparison.Ordinal) ? 1 : 0))
        {
            presses.Add(await presser.PressAsync(button));
        }

        var report = Report(role, crawler, presses);
        output.WriteLine(report);
        var directory = Path.Combine(RepositoryRoot(), "TestResults", "form-crawl");
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, role.Role + ".md"), report);

        var failures = crawler.Failures.Concat(presses.Where(p => p.Failure is not null).Select(p => $"{p.Button.Key} on {p.Button.PageTemplate}: {p.Failure}")).ToList();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Contains(presses, p => p.Button.Label == "Kirjaudu ulos");
        Assert.True(crawler.PageTemplates.Count >= 4, $"only {crawler.PageTemplates.Count} pages found");
    }

    public static TheoryData<string> Roles() => CrawlRole.Names();

    /// <summary>The checkout the tests run from: the report goes next to test.sh's own results.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SahkoinenPerhekeskus.sln")))
            {
                return dir.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }

    private static string Report(CrawlRole role, BackOfficeCrawler crawler, List<CrawlPress> presses)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# {role.Role}: {crawler.PageTemplates.Count} pages, {presses.Count} buttons pressed, {presses.Count(p => p.Failure is not null)} failed, {crawler.LinksChecked} other links checked");
        text.AppendLine();
        text.AppendLine("| page | button | method and target | answer | effect |");
        text.AppendLine("| --- | --- | --- | --- | --- |");
        foreach (var p in presses)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {p.Button.PageTemplate} | {p.Button.Label} | {p.Button.Method.ToUpperInvariant()} {p.Button.ActionTemplate} | {p.Status} | {p.Failure ?? p.Effect} |");
        }

        text.AppendLine();
        text.AppendLine("Pages: " + string.Join(", ", crawler.PageTemplates));
        return text.ToString();
    }
}
