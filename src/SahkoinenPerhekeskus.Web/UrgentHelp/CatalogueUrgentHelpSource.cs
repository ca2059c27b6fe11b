using SahkoinenPerhekeskus.Core.Catalogue;
using SahkoinenPerhekeskus.Core.Catalogue.Queries;

namespace SahkoinenPerhekeskus.Web.UrgentHelp;

/// <summary>The urgent-help box from services marked urgent or emergency, so editors keep it current.</summary>
public sealed class CatalogueUrgentHelpSource(CatalogueQueries queries) : IUrgentHelpSource
{
    public async Task<IReadOnlyList<UrgentHelpItem>> GetAsync(string lang, CancellationToken ct)
    {
        var services = await queries.UrgentAsync(ct);
        return [.. services.Select(s =>
        {
            var phone = s.Channels.FirstOrDefault(c => c.Kind == ChannelKind.Phone && !string.IsNullOrWhiteSpace(c.Value));
            var link = s.Channels.FirstOrDefault(c => c.Kind is ChannelKind.Chat or ChannelKind.EService or ChannelKind.Web && !string.IsNullOrWhiteSpace(c.Value));
            return new UrgentHelpItem(
                s.Name[lang],
                string.IsNullOrWhiteSpace(s.Summary[lang]) ? null : s.Summary[lang],
                phone?.Value is { } number ? PhoneLinks.Digits(number) : null,
                phone?.Value,
                link?.Value,
                link is null ? null : link.Name.IsEmpty ? s.Name[lang] : link.Name[lang],
                null);
        })];
    }
}
