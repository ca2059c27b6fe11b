using SahkoinenPerhekeskus.Web.Tests.Hallinta;

namespace SahkoinenPerhekeskus.Web.Tests.Infrastructure;

/// <summary>Publishes a service named after a word, and asks a node's search API whether it finds it.</summary>
public static class CatalogueProbe
{
    /// <summary>Creates and publishes "Palvelu {word}" in Joensuu, as the system, through the node's own editor.</summary>
    public static async Task PublishAsync(PerhekeskusWebFactory node, string word)
    {
        await using var scope = node.Services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<ServiceEditor>();
        var service = await editor.CreateAsync(BackOfficeFixture.Snapshot("167", "kunta-167", "Palvelu " + word), Actor.System, CancellationToken.None);
        await editor.PublishAsync(service, Actor.System, CancellationToken.None);
    }

    /// <summary>How many of the services the node's search API finds for <paramref name="text"/> carry it in their name.</summary>
    public static async Task<int> FoundAsync(PerhekeskusWebFactory node, string text, StringComparison comparison = StringComparison.Ordinal)
    {
        using var client = node.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/services?q=" + Uri.EscapeDataString(text)));
        return json.RootElement.GetProperty("items").EnumerateArray()
            .Count(item => item.GetProperty("name").GetString()?.Contains(text, comparison) == true);
    }
}
