using SahkoinenPerhekeskus.Web.Palaute;

namespace SahkoinenPerhekeskus.Web.Tests.Feedback;

public sealed class RateLimitFactory : FeedbackWebFactory
{
    public RateLimitFactory() => WithSetting("Perhekeskus:Feedback:RateLimitPermits", "2");
}

public sealed class RateLimitTests(RateLimitFactory factory) : IClassFixture<RateLimitFactory>
{
    [Fact]
    public async Task Post_MoreThanThePermitsFromOneClient_Returns429WithAFriendlyPageAndOthersStillPass()
    {
        var client = factory.CreateBrowserLikeClient();
        const string page = "/palvelut/lieksa-lastenneuvola";

        Assert.Equal(HttpStatusCode.Redirect, (await FeedbackClient.PostAsync(client, page, FeedbackForm.Yes)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await FeedbackClient.PostAsync(client, page, FeedbackForm.No)).StatusCode);
        var third = await FeedbackClient.PostAsync(client, page, FeedbackForm.Yes);

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        var html = await third.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Liian monta palautetta lyhyessä ajassa</h1>", html, StringComparison.Ordinal);
        Assert.Contains("kiireellinen-apu", html, StringComparison.Ordinal);

        client.DefaultRequestHeaders.Add(FakeClientAddress.Header, "198.51.100.20");
        Assert.Equal(HttpStatusCode.Redirect, (await FeedbackClient.PostAsync(client, page, FeedbackForm.Yes)).StatusCode);
    }
}
