using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SahkoinenPerhekeskus.Search;

public static class DependencyInjection
{
    /// <summary>Registers the search index as a singleton: one writer and one shared searcher per process.</summary>
    public static IServiceCollection AddPerhekeskusSearch(this IServiceCollection services, SearchOptions options) =>
        services.AddPerhekeskusSearch(_ => options);

    public static IServiceCollection AddPerhekeskusSearch(this IServiceCollection services, Func<IServiceProvider, SearchOptions> options)
    {
        services.AddSingleton(options);
        services.AddSingleton<IServiceIndex>(sp => new ServiceIndex(sp.GetRequiredService<SearchOptions>(), sp.GetService<ILogger<ServiceIndex>>()));
        return services;
    }
}
