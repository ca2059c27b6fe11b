using Microsoft.EntityFrameworkCore;
using SahkoinenPerhekeskus.Core.Catalogue;
using SahkoinenPerhekeskus.Core.Common;
using SahkoinenPerhekeskus.Core.Publishing;
using SahkoinenPerhekeskus.Core.Structure;

namespace SahkoinenPerhekeskus.Search.Catalogue;

/// <summary>
/// Turns catalogue entries into search documents. Region and area services are expanded to the municipality codes
/// they serve, so the index answers "what can a family in Lieksa use" with one term filter.
/// </summary>
public static class ServiceDocumentMapper
{
    public static readonly string[] Languages = ["fi", "sv", "en"];

    /// <summary>The service with everything the mapper reads; callers filter it further.</summary>
    public static IQueryable<Service> WithIndexData(IQueryable<Service> services) => services
        .AsNoTracking()
        .Include(s => s.ServiceType).Include(s => s.Organisation)
        .Include(s => s.Municipalities).Include(s => s.Areas)
        .Include(s => s.Needs).Include(s => s.AgeGroups)
        .Include(s => s.Channels)
        .AsSplitQuery();

    public static SearchDocument Map(Service s, IReadOnlyList<Municipality> allMunicipalities)
    {
        var served = s.Coverage == ServiceCoverage.National ? [] : s.ServedMunicipalityCodes(allMunicipalities);
        var texts = new Dictionary<string, LocalizedSearchText>();
        foreach (var lang in Languages)
        {
            var name = s.Name.Exact(lang);
            var description = s.Description.Exact(lang);
            var summary = s.Summary.Exact(lang);
            if (name is null && description is null && summary is null && lang != "fi")
            {
                continue;
            }

            var body = string.Join("\n", new[]
            {
                description is null ? null : MarkdownRenderer.PlainText(description, 20_000),
                s.ReferralInfo.Exact(lang),
                s.CostInfo.Exact(lang),
                string.Join(". ", s.Channels.Select(c => c.Name.Exact(lang)).Where(n => n is not null)),
            }.Where(t => !string.IsNullOrWhiteSpace(t)));
            texts[lang] = new LocalizedSearchText(
                name,
                s.AlternateName.Exact(lang),
                summary,
                body.Length == 0 ? null : body,
                s.ServiceType?.Name.Exact(lang),
                Keywords(s, allMunicipalities, served, lang));
        }

        return new SearchDocument
        {
            Id = s.PublicId,
            Slug = s.Slug,
            ServiceTypeCode = s.ServiceType?.Code,
            Texts = texts,
            PrimaryLanguage = s.Name.Exact("fi") is null ? Languages.FirstOrDefault(l => s.Name.Exact(l) is not null) ?? "fi" : "fi",
            OrganisationName = s.Organisation?.Name.Fi,
            MunicipalityCodes = served,
            Nationwide = s.Coverage == ServiceCoverage.National,
            MinMonths = s.MinMonths,
            MaxMonths = s.MaxMonths,
            Needs = [.. s.Needs.Select(t => t.Code)],
            AgeGroups = [.. s.AgeGroups.Select(t => t.Code)],
            Channels = [.. s.Channels.Select(c => ChannelName(c.Kind)).Distinct()],
            Languages = s.Languages,
            Free = s.IsFree,
            NoReferral = s.NoReferral,
            Urgency = s.Urgency switch { Urgency.Emergency => "emergency", Urgency.Urgent => "urgent", _ => "none" },
            Updated = new DateTimeOffset(s.UpdatedAt, TimeSpan.Zero),
        };
    }

    public static string ChannelName(ChannelKind kind) => kind switch
    {
        ChannelKind.Visit => "visit",
        ChannelKind.Phone => "phone",
        ChannelKind.Chat => "chat",
        ChannelKind.EService => "eservice",
        ChannelKind.Web => "web",
        _ => "email",
    };

    // Place names, need and age-group names: families type "neuvola lieksassa" or "apua kiusaamiseen".
    private static string Keywords(Service s, IReadOnlyList<Municipality> all, IReadOnlyList<string> served, string lang)
    {
        IEnumerable<LocalizedText> places = s.Coverage switch
        {
            ServiceCoverage.National => [],
            ServiceCoverage.Region => [],
            _ => all.Where(m => served.Contains(m.Code)).Select(m => m.Name),
        };
        var parts = places.Select(p => p[lang])
            .Concat(s.Areas.Select(a => a.Name[lang]))
            .Concat(s.Needs.Select(t => t.Name[lang]))
            .Concat(s.AgeGroups.Select(t => t.Name[lang]));
        if (s.Organisation is not null)
        {
            parts = parts.Append(s.Organisation.Name[lang]);
        }

        return string.Join(". ", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct());
    }
}
