using System.Text.RegularExpressions;

namespace SahkoinenPerhekeskus.Web.Tests.PublicSite;

/// <summary>
/// What a Swedish- or English-speaking family sees where a text exists only in Finnish, the footer's feedback page,
/// the front page's links to the family-centre pages, and the error page's status coming from its route only.
/// </summary>
public sealed partial class LanguageAndLinkTests(PublicSiteFactory factory) : IClassFixture<PublicSiteFactory>
{
    [Theory]
    [InlineData("/palaute", "Anna palautetta")]
    [InlineData("/sv/palaute", "Ge respons")]
    [InlineData("/en/palaute", "Give feedback")]
    public async Task FeedbackPage_FromTheFooter_AnswersWithTheFormInItsLanguage(string url, string title)
    {
        var html = await factory.CreateClient().GetStringAsync(url);

        Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
        Assert.Contains("name=\"sivu\" value=\"/palaute\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{url}\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Perheiden kohtaamispaikat", "Perhekeskuksen toimintasuunnitelma")]
    [InlineData("/sv", "Familjernas mötesplatser", "Familjecentralens verksamhetsplan")]
    [InlineData("/en", "Meeting places for families", "The family centre's operating plan")]
    public async Task FrontPage_LinksMeetingPlacesAndOperatingPlan(string prefix, string meetingPlaces, string plan)
    {
        var html = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync(prefix + "/"));

        Assert.Contains($"<a href=\"{prefix}/sivut/kohtaamispaikat\">{meetingPlaces}</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{prefix}/sivut/toimintasuunnitelma\">{plan}</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sv", "Denna text finns bara på finska.")]
    [InlineData("/en", "This text is only available in Finnish.")]
    public async Task ServicePage_WithFinnishOnlyDescription_SaysSoAndMarksTheBlockFinnish(string prefix, string notice)
    {
        var client = factory.CreateClient();
        // Find a service whose local description has no translation: its Finnish page and the other one differ only by chrome.
        var slugs = SlugPattern().Matches(await client.GetStringAsync("/kunnat/joensuu")).Select(m => m.Groups[1].Value).Distinct().ToList();
        string? html = null;
        foreach (var slug in slugs)
        {
            var page = await client.GetStringAsync($"{prefix}/palvelut/{slug}");
            if (page.Contains("aria-labelledby=\"kuvaus\"", StringComparison.Ordinal) && page.Contains(notice, StringComparison.Ordinal))
            {
                html = page;
                break;
            }
        }

        Assert.NotNull(html);
        var section = html[html.IndexOf("aria-labelledby=\"kuvaus\"", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains(notice, section, StringComparison.Ordinal);
        Assert.Contains("<div class=\"prose\" lang=\"fi\">", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FinnishServicePage_NeverShowsTheNotice()
    {
        var html = await factory.CreateClient().GetStringAsync("/palvelut/lieksa-lastenneuvola");

        Assert.DoesNotContain("notice--language", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sv/haku", "Graviditet")]
    [InlineData("/en/haku", "Pregnancy")]
    public async Task PregnancyAgeGroup_IsNamedPregnancy_NotWaitingTime(string url, string name)
    {
        var html = await factory.CreateClient().GetStringAsync(url + "?q=neuvola");

        Assert.Contains(name, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Väntetiden", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErrorPage_OnAFailedPost_TakesItsStatusFromTheRouteNotFromAPostedField()
    {
        var response = await factory.CreateClient().PostAsync("/palaute/vastaus", new FormUrlEncodedContent([new("code", "500"), new("sivu", "/palaute")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [GeneratedRegex("href=\"/palvelut/([a-z0-9-]+)\"")]
    private static partial Regex SlugPattern();
}
