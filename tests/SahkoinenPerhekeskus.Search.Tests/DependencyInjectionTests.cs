using Microsoft.Extensions.DependencyInjection;

namespace SahkoinenPerhekeskus.Search.Tests;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void AddPerhekeskusSearch_RegistersOneSharedIndex()
    {
        using var folder = new TempIndexFolder();
        var services = new ServiceCollection().AddLogging().AddPerhekeskusSearch(TestEnvironment.Options(folder.Path));

        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var first = provider.GetRequiredService<IServiceIndex>();

        Assert.Same(first, provider.GetRequiredService<IServiceIndex>());
        Assert.Equal("voikko", first.Status.Analyser);
    }
}
