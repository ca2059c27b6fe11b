using System.Net.Http.Json;
using SahkoinenPerhekeskus.Core.Feedback;
using SahkoinenPerhekeskus.Web.Tests.Feedback;

namespace SahkoinenPerhekeskus.Web.Tests.Security;

/// <summary>Small buckets that hardly refill, so the fourth request within the test meets the limit.</summary>
public sealed class TightLimitsFactory : FeedbackWebFactory
{
    public TightLimitsFactory()
    {
        WithSetting("Perhekeskus:Web:RateLimits:Search:Burst", "3");
        WithSetting("Perhekeskus:Web:RateLimits:Search:PerSecond", "0.001");
        WithSetting("Perhekeskus:Web:RateLimits:Api:Burst", "3");
        WithSetting("Perhekeskus:Web:RateLimits:Api:PerSecond", "0.001");
    }
}

/// <summary>The same, behind a configured reverse proxy at 203.0.113.7 (the fake client address).</summary>
public sealed class BehindProxyFactory : FeedbackWebFactory
{
    public BehindProxyFactory()
    {
        WithSetting("Perhekeskus:Web:RateLimits:Search:Burst", "3");
        WithSetting("Perhekeskus:Web:RateLimits:Search:PerSecond", "0.001");
        WithSetting("Perhekeskus:Web:KnownProxies", FakeClientAddress.Default);
    }
}

/// <summary>Per-client limits of search and the APIs: a page for people, problem+json for programs, <c>Retry-After</c> for both.</summary>
public sealed class RateLimitTests(TightLimitsFactory factory) : IClassFixture<TightLimitsFactory>
{
    [Fact]
    public async Task Search_FourthQuickSearch_Answers429WithAPageInTheUsersLanguage_OthersStillSearch()
    {
        using var client = Client("198.51.100.40");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/sv/haku?q=neuvola{i}")).StatusCode);
        }

        var refused = await client.GetAsync("/sv/haku?q=neuvola");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("no-store", refused.Headers.CacheControl?.ToString());
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("<h1>För många sökningar på kort tid</h1>", html, StringComparison.Ordinal);
        Assert.Contains("kiireellinen-apu", html, StringComparison.Ordinal);
        Assert.Contains("Content-Security-Policy", string.Join(",", refused.Headers.Select(h => h.Key)), StringComparison.Ordinal);

        using var other = Client("198.51.100.41");
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/haku?q=neuvola")).StatusCode);
        // The rest of the site is not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sv")).StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/services?q=neuvola")]
    [InlineData("/api/v1/suggest?q=neu")]
    [InlineData("/api/hsds/services")]
    public async Task Api_FourthQuickRequest_Answers429AsProblemJson(string url)
    {
        using var client = Client("198.51.100." + (50 + Math.Abs(url.GetHashCode(StringComparison.Ordinal) % 100)));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        }

        var refused = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var problem = await refused.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task SpoofedForwardedFor_FromAClientThatIsNoConfiguredProxy_DoesNotOpenANewBucket()
    {
        using var client = Client("198.51.100.60");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/haku?q=a{i}")).StatusCode);
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, "/haku?q=b");
        request.Headers.Add("X-Forwarded-For", "10.9.8.7");

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SendAsync(request)).StatusCode);
    }

    private HttpClient Client(string address)
    {
        var client = factory.CreateBrowserLikeClient();
        client.DefaultRequestHeaders.Add(FakeClientAddress.Header, address);
        return client;
    }
}

public sealed class KnownProxyTests(BehindProxyFactory factory) : IClassFixture<BehindProxyFactory>
{
    [Fact]
    public async Task ForwardedFor_FromTheConfiguredProxy_NamesTheClient()
    {
        using var client = factory.CreateBrowserLikeClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await Get(client, "10.0.0.1", $"/haku?q=a{i}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await Get(client, "10.0.0.1", "/haku?q=b")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Get(client, "10.0.0.2", "/haku?q=b")).StatusCode);
    }

    private static async Task<HttpResponseMessage> Get(HttpClient client, string forwardedFor, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return await client.SendAsync(request);
    }
}

/// <summary>Crawlers, tools and bursts leave the search-demand indicators alone; a person's searches count.</summary>
public sealed class DemandGateTests(FeedbackWebFactory factory) : IClassFixture<FeedbackWebFactory>
{
    [Theory]
    [InlineData("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")]
    [InlineData("curl/8.5.0")]
    [InlineData("python-requests/2.31")]
    [InlineData("")]
    public async Task SearchByAProgram_IsNotCounted(string userAgent)
    {
        var before = await SearchesAsync();
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(FakeClientAddress.Header, "198.51.100.70");
        if (userAgent.Length > 0)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", userAgent);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/haku?q=neuvola")).StatusCode);

        Assert.Equal(before, await SearchesAsync());
    }

    [Fact]
    public async Task PersonsSearches_Count_ButABurstWithoutCookiesStopsCounting()
    {
        using var client = factory.CreateBrowserLikeClient();
        client.DefaultRequestHeaders.Add(FakeClientAddress.Header, "198.51.100.71");
        var before = await SearchesAsync();

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/haku?q=neuvola{i}")).StatusCode);
        }

        Assert.Equal(before + Web.Pages.Haku.DemandGate.CookielessPerMinute, await SearchesAsync());
    }

    private async Task<int> SearchesAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PerhekeskusDbContext>();
        return await db.Set<SearchDayCount>().SumAsync(d => d.Searches);
    }
}
