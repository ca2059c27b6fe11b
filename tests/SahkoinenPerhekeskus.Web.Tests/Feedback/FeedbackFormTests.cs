using SahkoinenPerhekeskus.Core.Feedback;
using SahkoinenPerhekeskus.Web.Palaute;

namespace SahkoinenPerhekeskus.Web.Tests.Feedback;

public sealed class FeedbackFormTests(FeedbackWebFactory factory) : IClassFixture<FeedbackWebFactory>
{
    private const string ServicePage = "/palvelut/lieksa-lastenneuvola";

    [Theory]
    [InlineData(ServicePage, "Oliko tästä apua?")]
    [InlineData("/sv" + ServicePage, "Var detta till hjälp?")]
    [InlineData("/en/sivut/tietoa-perhekeskuksesta", "Was this helpful?")]
    public async Task Get_ServiceAndContentPages_ShowTheLocalisedFormWithoutScript(string url, string question)
    {
        var html = await factory.CreateBrowserLikeClient().GetStringAsync(url);

        Assert.Contains($"<h2 id=\"palaute-otsikko\">{question}</h2>", html, StringComparison.Ordinal);
        Assert.Contains("name=\"__RequestVerificationToken\"", html, StringComparison.Ordinal);
        Assert.Contains("type=\"radio\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Answer_StoresScrubbedTextAndRedirectsBackWithThanks()
    {
        var client = factory.CreateBrowserLikeClient();

        var response = await FeedbackClient.PostAsync(client, ServicePage, FeedbackForm.Yes, "Hyvä! Soittakaa 040 123 4567, Koulukatu 5 B 12");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ServicePage + "?palaute=kiitos#palaute", response.Headers.Location?.OriginalString);
        var thanks = await client.GetStringAsync(ServicePage + "?palaute=kiitos");
        Assert.Contains("Kiitos palautteestasi!", thanks, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerhekeskusDbContext>();
        var entry = await db.Set<FeedbackEntry>().OrderBy(e => e.Id).LastAsync(e => e.TargetKind == FeedbackTargetKind.Service);
        Assert.Equal("Hyvä! Soittakaa [puhelinnumero], [osoite]", entry.Text);
        Assert.True(entry.Helpful);
        Assert.Equal("lastenneuvola", entry.ServiceTypeCode);
        Assert.Equal(DateOnly.FromDateTime(FeedbackWebFactory.Start.UtcDateTime), entry.Day);
    }

    [Fact]
    public async Task Post_FromSwedishPage_RedirectsToTheSwedishPage()
    {
        var response = await FeedbackClient.PostAsync(factory.CreateBrowserLikeClient(), "/sv" + ServicePage, FeedbackForm.No);

        Assert.Equal("/sv" + ServicePage + "?palaute=kiitos#palaute", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Post_WithoutAnswer_RedirectsBackWithTheError()
    {
        var client = factory.CreateBrowserLikeClient();

        var response = await FeedbackClient.PostAsync(client, ServicePage, answer: null, text: "ei valintaa");

        Assert.Equal(ServicePage + "?palaute=valitse#palaute", response.Headers.Location?.OriginalString);
        var html = await client.GetStringAsync(ServicePage + "?palaute=valitse");
        Assert.Contains("Valitse kyllä tai ei.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_Returns400()
    {
        var client = factory.CreateBrowserLikeClient();
        var fields = new Dictionary<string, string> { [FeedbackForm.PageField] = ServicePage, [FeedbackForm.AnswerField] = FeedbackForm.Yes };

        var response = await client.PostAsync(FeedbackForm.Path, new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/haku")]
    [InlineData("https://example.com/palvelut/x")]
    [InlineData("/palvelut/../hallinta")]
    public async Task Post_ForAPageWithoutTheForm_Returns400(string page)
    {
        var response = await FeedbackClient.PostAsync(factory.CreateBrowserLikeClient(), ServicePage, FeedbackForm.Yes, pagePath: page);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_ForAnUnknownService_Returns404()
    {
        var response = await FeedbackClient.PostAsync(factory.CreateBrowserLikeClient(), ServicePage, FeedbackForm.Yes, pagePath: "/palvelut/ei-ole-olemassa");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
