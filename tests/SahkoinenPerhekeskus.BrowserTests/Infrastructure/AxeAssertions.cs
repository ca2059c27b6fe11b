using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace SahkoinenPerhekeskus.BrowserTests.Infrastructure;

/// <summary>Runs axe-core on a page with the WCAG 2.2 AA tag set and fails with a readable list of violations.</summary>
public static class AxeAssertions
{
    private const int MaxNodesPerRule = 10;
    private const int MaxHtmlLength = 300;

    /// <summary>The axe tags we test against; axe's tags are not cumulative, so each level is listed.</summary>
    public static IReadOnlyList<string> WcagTags { get; } = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>
    /// Runs axe on the page as it is now and fails if any rule with <see cref="WcagTags"/> is violated.
    /// axe is a script: in a context with JavaScript off its injection never completes, so a time limit turns that
    /// mistake into a failure instead of a hung run.
    /// </summary>
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(CreateOptions()).WaitAsync(TimeSpan.FromSeconds(90));
        if (FormatViolations(result) is { } message)
        {
            Assert.Fail(message);
        }
    }

    /// <summary>axe options restricted to <see cref="WcagTags"/>.</summary>
    public static AxeRunOptions CreateOptions() => new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
    };

    /// <summary>A readable list of the violations in <paramref name="result"/>, or null when there are none.</summary>
    public static string? FormatViolations(AxeResult result)
    {
        var violations = result.Violations ?? [];
        if (violations.Length == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        text.Append("axe found ").Append(violations.Length).Append(" violated rule(s) on ").Append(result.Url)
            .Append(" (tags ").Append(string.Join(", ", WcagTags)).AppendLine("):");
        var number = 0;
        foreach (var violation in violations)
        {
            number++;
            var nodes = violation.Nodes ?? [];
            text.Append(number).Append(". ").Append(violation.Id).Append(" [").Append(violation.Impact ?? "unknown impact")
                .Append("] ").Append(violation.Help).Append(" (").Append(nodes.Length).AppendLine(" element(s))");
            text.Append("   ").AppendLine(violation.HelpUrl);
            foreach (var node in nodes.Take(MaxNodesPerRule))
            {
                text.Append("   - target: ").AppendLine(node.Target?.ToString());
                text.Append("     html:   ").AppendLine(Shorten(node.Html));
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? [])
                    .Select(check => check.Message)
                    .Where(message => !string.IsNullOrWhiteSpace(message))
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                if (checks.Count > 0)
                {
                    text.Append("     why:    ").AppendLine(string.Join("; ", checks).ReplaceLineEndings(" "));
                }
            }

            if (nodes.Length > MaxNodesPerRule)
            {
                text.Append("   … and ").Append(nodes.Length - MaxNodesPerRule).AppendLine(" more");
            }
        }

        return text.ToString();
    }

    private static string Shorten(string? html)
    {
        var oneLine = (html ?? string.Empty).ReplaceLineEndings(" ");
        return oneLine.Length <= MaxHtmlLength ? oneLine : string.Concat(oneLine.AsSpan(0, MaxHtmlLength), "…");
    }
}
