using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;

namespace SahkoinenPerhekeskus.Web.Tests.Feedback;

/// <summary>
/// The app with the test sign-in (<see cref="TestAuthHandler"/>), a fake client address on every request, and a
/// fake clock at <see cref="Start"/> (Finnish time is UTC+2 then).
/// </summary>
public class FeedbackWebFactory : PerhekeskusWebFactory
{
    public const string UserAgent = "PerhekeskusTestAgent/1.0 (feedback tests)";

    public static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public FeedbackWebFactory()
        : this(Start)
    {
    }

    protected FeedbackWebFactory(DateTimeOffset start)
    {
        Clock = new FakeTimeProvider(start);
        WithTimeProvider(Clock);
        WithSetting("Perhekeskus:Feedback:RateLimitPermits", "1000");
    }

    public FakeTimeProvider Clock { get; }

    public HttpClient CreateBrowserLikeClient(bool followRedirects = false)
    {
        var client = CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects });
        client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            TestAuthHandler.AddTo(services);
            services.AddSingleton<IStartupFilter, FakeClientAddress>();
        });
    }
}
