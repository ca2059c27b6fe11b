using System.Globalization;
using SahkoinenPerhekeskus.Core.Structure;
using SahkoinenPerhekeskus.Core.Taxonomy;

namespace SahkoinenPerhekeskus.Core.Hsds.Export;

/// <summary>How much of a service a response carries (HSDS: list items are one-to-one fields; full is nested).</summary>
public enum HsdsView
{
    Minimal,
    List,
    Full,
}

/// <summary>The region a service's areas are written against: all municipalities (with their areas) and the region's name.</summary>
public sealed record HsdsStructure(IReadOnlyList<Municipality> Municipalities, string RegionName);

/// <summary>
/// Turns catalogue rows into HSDS 3.0 objects for the read API and the export. The one mapping both use, so an
/// export and the API can never disagree. The rules are in docs/hsds-profile.md.
/// </summary>
public static partial class HsdsExportMapper
{
    public static string ServiceId(Service s) => HsdsIds.For("service", s.PublicId);

    public static string OrganisationId(Organisation o) => HsdsIds.For("organization", o.Code);

    public static string LocationLinkId(string publicId, int sortOrder) => HsdsIds.Derived($"service_at_location:{publicId}:{sortOrder}");

    public static HsdsOutService Service(Service s, HsdsStructure structure, HsdsView view)
    {
        var id = ServiceId(s);
        var lang = TextLanguage(s);
        var name = s.Name.Exact(lang) ?? s.Name.Fi;
        var modified = s.UpdatedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        if (view == HsdsView.Minimal)
        {
            return new HsdsOutService { Id = id, Name = name, Status = Status(s), LastModified = modified };
        }

        var channels = s.Channels.OrderBy(c => c.SortOrder).ToList();
        var webs = channels.Where(c => c.Kind is ChannelKind.Web or ChannelKind.Chat or ChannelKind.EService && c.Value is not null).ToList();
        // The service's url is an unnamed web address when there is one; named ones are virtual locations, so their
        // names survive. Without an unnamed one the first address is given as url as well (the importer folds the two).
        var primaryWeb = webs.FirstOrDefault(c => c.Name.IsEmpty);
        var url = primaryWeb ?? webs.FirstOrDefault();
        var service = new HsdsOutService
        {
            Id = id,
            OrganizationId = s.Organisation is null ? null : OrganisationId(s.Organisation),
            Name = name,
            AlternateName = s.AlternateName.Exact(lang),
            Description = s.Description.Exact(lang),
            Url = url?.Value,
            Email = channels.FirstOrDefault(c => c.Kind == ChannelKind.Email)?.Value,
            Status = Status(s),
            EligibilityDescription = s.ReferralInfo.Exact(lang),
            FeesDescription = s.CostInfo.Exact(lang),
            MinimumAge = s.MinMonths is { } min ? Math.Max(0, min) / 12 : null,
            MaximumAge = s.MaxMonths is { } max ? Math.Max(0, max) / 12 : null,
            LastModified = modified,
        };
        if (view == HsdsView.List)
        {
            return service;
        }

        var visits = channels.Where(c => c.Kind == ChannelKind.Visit).ToList();
        var locations = visits.Select(c => Location(s, c, lang, structure, id))
            .Concat(webs.Where(c => c != primaryWeb).Select(c => VirtualLocation(s, c, lang, id)))
            .ToList();

        // Without a place to visit, the hours of the phone (or else the chat) are the service's hours.
        var serviceHours = visits.Count > 0 ? null
            : channels.FirstOrDefault(c => c.Kind == ChannelKind.Phone && c.Hours.Count > 0)
              ?? channels.FirstOrDefault(c => c.Kind == ChannelKind.Chat && c.Hours.Count > 0);
        return service with
        {
            Organization = s.Organisation is null ? null : Organisation(s.Organisation),
            Phones = [.. channels.Where(c => c.Kind == ChannelKind.Phone && c.Value is not null).Select(c => new HsdsOutPhone
            {
                Id = HsdsIds.Derived($"phone:{s.PublicId}:{c.SortOrder}"),
                ServiceId = id,
                Number = c.Value!,
                Type = "voice",
                Description = Text(c.Name, lang),
                Schedules = c.Hours.Count == 0 ? null : Schedules(c.Hours, $"phone:{s.PublicId}:{c.SortOrder}", null, null),
            })],
            Schedules = serviceHours is null ? [] : Schedules(serviceHours.Hours, $"{s.PublicId}:{serviceHours.SortOrder}", id, null),
            ServiceAreas = Areas(s, structure, id),
            ServiceAtLocations = locations,
            Languages = [.. s.Languages.Select(code => new HsdsOutLanguage { Id = HsdsIds.Derived($"language:{s.PublicId}:{code}"), Code = code, Name = LanguageName(code) })],
            Attributes = ServiceAttributes(s, id, lang, url),
        };
    }

    public static HsdsOutOrganization Organisation(Organisation o)
    {
        var id = OrganisationId(o);
        var attributes = new List<HsdsOutAttribute>();
        if (!HsdsIds.IsUuid(o.Code))
        {
            attributes.Add(ProfileAttribute(id, "organization", HsdsProfile.PublicId, HsdsProfile.PublicId, o.Code));
        }

        foreach (var lang in new[] { "sv", "en" })
        {
            AddTranslation(attributes, id, "organization", lang, "name", o.Name.Exact(lang));
            AddTranslation(attributes, id, "organization", lang, "description", o.Description.Exact(lang));
        }

        return new HsdsOutOrganization
        {
            Id = id,
            Name = o.Name.Fi,
            Description = o.Description.Fi,
            Email = o.Email,
            Website = o.Url,
            Attributes = attributes.Count == 0 ? null : attributes,
        };
    }

    public static HsdsOutTaxonomyTerm Term(TaxonomyTerm t) => new()
    {
        Id = HsdsProfile.TermId(t),
        Code = t.Code,
        Name = t.Name.Fi,
        Description = t.Description.Fi,
        Taxonomy = HsdsProfile.TaxonomyName(t.Taxonomy),
        TaxonomyId = HsdsProfile.TaxonomyId(HsdsProfile.TaxonomyName(t.Taxonomy)),
        TaxonomyDetail = HsdsProfile.TaxonomyNamed(HsdsProfile.TaxonomyName(t.Taxonomy)),
        Language = "fi",
    };

    public static HsdsOutTaxonomyTerm ServiceTypeTerm(ServiceType t) => new()
    {
        Id = HsdsProfile.ServiceTypeTermId(t.Code),
        Code = t.Code,
        Name = t.Name.Fi,
        Description = t.Description.Fi,
        Taxonomy = HsdsProfile.ServiceTypeTaxonomy,
        TaxonomyId = HsdsProfile.TaxonomyId(HsdsProfile.ServiceTypeTaxonomy),
        TaxonomyDetail = HsdsProfile.TaxonomyNamed(HsdsProfile.ServiceTypeTaxonomy),
        Language = "fi",
    };

    public static HsdsOutTaxonomyTerm ProfileTerm(string code) => new()
    {
        Id = HsdsProfile.ProfileTermId(code),
        Code = code,
        Name = code,
        Description = HsdsProfile.ProfileTerms[code],
        Taxonomy = HsdsProfile.ProfileTaxonomy,
        TaxonomyId = HsdsProfile.TaxonomyId(HsdsProfile.ProfileTaxonomy),
        TaxonomyDetail = HsdsProfile.TaxonomyNamed(HsdsProfile.ProfileTaxonomy),
        Language = "en",
    };

    /// <summary>
    /// The language of the main text fields: the first of fi, sv, en with a description (else a name). A Swedish
    /// service imported from HSDS has its name copied into Finnish, so the name alone would misjudge it.
    /// </summary>
    public static string TextLanguage(Service s) =>
        HsdsProfile.Languages.FirstOrDefault(l => s.Description.Exact(l) is not null)
        ?? HsdsProfile.Languages.FirstOrDefault(l => s.Name.Exact(l) is not null)
        ?? "fi";

    private static string Status(Service s) => s.Status == PublicationStatus.Published ? "active" : "inactive";

    private static string? Text(LocalizedText text, string lang) => text.Exact(lang) ?? (string.IsNullOrWhiteSpace(text.Fi) ? null : text.Fi);

    private static string LanguageName(string code) => code switch
    {
        "fi" => "suomi",
        "sv" => "svenska",
        "en" => "English",
        _ => CultureInfo.GetCultures(CultureTypes.NeutralCultures).FirstOrDefault(c => c.TwoLetterISOLanguageName == code)?.NativeName ?? code,
    };
}
