using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SahkoinenPerhekeskus.Core.Feedback.Indicators;

namespace SahkoinenPerhekeskus.Core.Feedback;

internal static class FeedbackRegistration
{
    /// <summary>Feedback, search demand, retention and the indicator computations; part of <c>AddPerhekeskusCore</c>.</summary>
    public static IServiceCollection AddFeedbackServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FeedbackOptions>().Bind(configuration.GetSection(FeedbackOptions.Section))
            .Validate(o => o.TermThresholdDays >= 1 && o.TextRetentionMonths >= 1 && o.DemandRetentionMonths >= 1
                && o.MaxTextLength is >= 1 and <= FeedbackEntry.MaxText && o.RateLimitPermits >= 1
                && o.RetentionInterval > TimeSpan.Zero && o.RateLimitWindow > TimeSpan.Zero,
                "Perhekeskus:Feedback has a value out of range.")
            .ValidateOnStart();
        services.AddSingleton<SearchTermHasher>();
        services.AddScoped<ISearchDemandRecorder, SearchDemandRecorder>();
        services.AddScoped<FeedbackRecorder>();
        services.AddScoped<FeedbackRetention>();
        services.AddHostedService<FeedbackRetentionJob>();
        services.AddScoped<FreshnessIndicator>();
        services.AddScoped<FeedbackIndicator>();
        services.AddScoped<DemandIndicator>();
        return services;
    }
}
