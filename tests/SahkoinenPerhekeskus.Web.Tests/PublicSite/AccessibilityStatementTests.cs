namespace SahkoinenPerhekeskus.Web.Tests.PublicSite;

/// <summary>
/// The accessibility statement carries what the Act on the Provision of Digital Services (306/2019, §15) requires, in
/// every language: compliance status, known gaps, date and method of assessment, a feedback channel with its response
/// time, and Traficom as the supervisory authority with its contact details.
/// </summary>
public sealed class AccessibilityStatementTests(PublicSiteFactory factory) : IClassFixture<PublicSiteFactory>
{
    [Theory]
    [InlineData("/sivut/saavutettavuusseloste", "osittain", "Ei-saavutettava sisältö", "23.11.2026", "14 päivän")]
    [InlineData("/sv/sivut/saavutettavuusseloste", "delvis", "Innehåll som inte är tillgängligt", "23 november 2026", "14 dagar")]
    [InlineData("/en/sivut/saavutettavuusseloste", "partially compliant", "Non-accessible content", "23 November 2026", "14 days")]
    public async Task Statement_HasEverythingTheLawRequires(string url, string status, string gaps, string date, string responseTime)
    {
        var html = await factory.CreateClient().GetStringAsync(url);

        Assert.Contains(status, html, StringComparison.Ordinal);
        Assert.Contains(gaps, html, StringComparison.Ordinal);
        Assert.Contains("WCAG", html, StringComparison.Ordinal);
        Assert.Contains(date, html, StringComparison.Ordinal);
        Assert.Contains("axe", html, StringComparison.Ordinal);
        Assert.Contains("320", html, StringComparison.Ordinal);
        Assert.Contains("saavutettavuus@example.fi", html, StringComparison.Ordinal);
        Assert.Contains(responseTime, html, StringComparison.Ordinal);
        Assert.Contains("Traficom", html, StringComparison.Ordinal);
        Assert.Contains("saavutettavuus@traficom.fi", html, StringComparison.Ordinal);
        Assert.Contains("029 534 5000", html, StringComparison.Ordinal);
        Assert.Contains("https://www.saavutettavuusvaatimukset.fi", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryPage_LinksTheStatementFromTheFooter()
    {
        var html = await factory.CreateClient().GetStringAsync("/sv/uutiset");

        Assert.Contains("href=\"/sv/sivut/saavutettavuusseloste\"", html, StringComparison.Ordinal);
    }
}
