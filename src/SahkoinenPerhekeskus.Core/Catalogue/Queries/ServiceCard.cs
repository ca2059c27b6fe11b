namespace SahkoinenPerhekeskus.Core.Catalogue.Queries;

/// <summary>What a list of services shows for one entry: enough for badges, never the whole entity.</summary>
public sealed record ServiceCard(
    string PublicId,
    string Slug,
    LocalizedText Name,
    LocalizedText Summary,
    LocalizedText? TypeName,
    LocalizedText OrganisationName,
    ServiceCoverage Coverage,
    IReadOnlyList<LocalizedText> Places,
    bool NoReferral,
    bool IsFree,
    IReadOnlyList<ChannelKind> Channels,
    IReadOnlyList<string> Languages,
    Urgency Urgency)
{
    public static ServiceCard From(Service s) => new(
        s.PublicId,
        s.Slug,
        s.Name,
        s.Summary,
        s.ServiceType?.Name,
        s.Organisation?.Name ?? new LocalizedText(),
        s.Coverage,
        s.Coverage switch
        {
            ServiceCoverage.Local => [.. s.Municipalities.OrderBy(m => m.Name.Fi, StringComparer.Ordinal).Select(m => m.Name)],
            ServiceCoverage.Areas => [.. s.Areas.OrderBy(a => a.SortOrder).Select(a => a.Name)],
            _ => [],
        },
        s.NoReferral,
        s.IsFree,
        [.. s.Channels.Select(c => c.Kind).Distinct().Order()],
        s.Languages,
        s.Urgency);
}
