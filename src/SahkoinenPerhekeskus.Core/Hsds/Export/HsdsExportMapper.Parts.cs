using SahkoinenPerhekeskus.Core.Structure;

namespace SahkoinenPerhekeskus.Core.Hsds.Export;

public static partial class HsdsExportMapper
{
    private static readonly string[] DayCodes = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    private static readonly string[] TranslatedFields = ["name", "alternate_name", "summary", "description", "eligibility_description", "fees_description"];

    private static HsdsOutServiceAtLocation Location(Service s, ServiceChannel c, string lang, HsdsStructure structure, string serviceId)
    {
        var salId = LocationLinkId(s.PublicId, c.SortOrder);
        var locationId = HsdsIds.Derived($"location:{s.PublicId}:{c.SortOrder}");
        var accessibility = Text(c.Accessibility, lang);
        return new HsdsOutServiceAtLocation
        {
            Id = salId,
            ServiceId = serviceId,
            LocationId = locationId,
            Schedules = Schedules(c.Hours, $"{s.PublicId}:{c.SortOrder}", null, salId),
            Location = new HsdsOutLocation
            {
                Id = locationId,
                LocationType = "physical",
                Name = Text(c.Name, lang),
                Latitude = c.Latitude,
                Longitude = c.Longitude,
                Addresses = c.Street is null ? null :
                [
                    new HsdsOutAddress
                    {
                        Id = HsdsIds.Derived($"address:{s.PublicId}:{c.SortOrder}"),
                        LocationId = locationId,
                        Address1 = c.Street,
                        City = c.City ?? "",
                        StateProvince = structure.RegionName,
                        PostalCode = c.PostalCode ?? "",
                        Country = "FI",
                        AddressType = "physical",
                    },
                ],
                Accessibility = accessibility is null ? null :
                    [new HsdsOutAccessibility { Id = HsdsIds.Derived($"accessibility:{s.PublicId}:{c.SortOrder}"), LocationId = locationId, Description = accessibility }],
            },
        };
    }

    private static HsdsOutServiceAtLocation VirtualLocation(Service s, ServiceChannel c, string lang, string serviceId)
    {
        var salId = LocationLinkId(s.PublicId, c.SortOrder);
        var locationId = HsdsIds.Derived($"location:{s.PublicId}:{c.SortOrder}");
        return new HsdsOutServiceAtLocation
        {
            Id = salId,
            ServiceId = serviceId,
            LocationId = locationId,
            Schedules = c.Hours.Count == 0 ? null : Schedules(c.Hours, $"{s.PublicId}:{c.SortOrder}", null, salId),
            Location = new HsdsOutLocation
            {
                Id = locationId,
                LocationType = "virtual",
                Url = c.Value,
                Name = Text(c.Name, lang),
                Attributes = [ProfileAttribute(locationId, "location", HsdsProfile.ChannelKindTerm, HsdsProfile.ChannelKindTerm, KindName(c.Kind))],
            },
        };
    }

    /// <summary>Weekly rules, one per distinct opening interval with its days (BYDAY), Monday first.</summary>
    private static List<HsdsOutSchedule> Schedules(IEnumerable<OpeningHours> hours, string key, string? serviceId, string? salId) =>
        [.. hours.OrderBy(h => ((int)h.Day + 6) % 7).ThenBy(h => h.OpensMinute)
            .GroupBy(h => (h.OpensMinute, h.ClosesMinute))
            .Select((g, i) => new HsdsOutSchedule
            {
                Id = HsdsIds.Derived($"schedule:{key}:{i}"),
                ServiceId = serviceId,
                ServiceAtLocationId = salId,
                Freq = "WEEKLY",
                Wkst = "MO",
                Byday = string.Join(',', g.Select(h => DayCodes[(int)h.Day]).Distinct()),
                OpensAt = OpeningHours.FormatMinute(g.Key.OpensMinute),

                // HH:MM has no 24:00; 23:59 is how feeds say "until midnight", and the importer reads it back so.
                ClosesAt = g.Key.ClosesMinute >= OpeningHours.MinutesPerDay ? "23:59" : OpeningHours.FormatMinute(g.Key.ClosesMinute),
            })];

    private static List<HsdsOutServiceArea> Areas(Service s, HsdsStructure structure, string serviceId)
    {
        IEnumerable<Municipality> served = s.Coverage switch
        {
            ServiceCoverage.National => [],
            ServiceCoverage.Region => structure.Municipalities,
            ServiceCoverage.Areas => structure.Municipalities.Where(m => s.Areas.Any(a => a.Id == m.AreaId)),
            _ => s.Municipalities,
        };
        if (s.Coverage == ServiceCoverage.National)
        {
            return [new HsdsOutServiceArea { Id = HsdsIds.Derived($"service_area:{s.PublicId}:FI"), ServiceId = serviceId, Name = "Koko Suomi", Extent = "FI", ExtentType = "text" }];
        }

        var areaNames = structure.Municipalities.ToDictionary(m => m.Code, m => m.Area?.Name.Fi, StringComparer.Ordinal);
        return [.. served.OrderBy(m => m.Code, StringComparer.Ordinal).Select(m => new HsdsOutServiceArea
        {
            Id = HsdsIds.Derived($"service_area:{s.PublicId}:{m.Code}"),
            ServiceId = serviceId,
            Name = m.Name.Fi,
            Description = $"{m.Name.Fi}, kuntakoodi {m.Code}" + (areaNames.GetValueOrDefault(m.Code) is { } area ? $" ({structure.RegionName}, {area})" : ""),
            Extent = m.Code,
            ExtentType = "text",
            Uri = $"http://uri.suomi.fi/codelist/jhs/kunta_1_20240101/code/{m.Code}",
        })];
    }

    private static string KindName(ChannelKind kind) => kind.ToString().ToLowerInvariant();

    private static List<HsdsOutAttribute> ServiceAttributes(Service s, string id, string lang, ServiceChannel? url)
    {
        var attributes = new List<HsdsOutAttribute>();
        foreach (var term in s.Needs.Concat(s.AgeGroups).DistinctBy(t => t.Id))
        {
            var linkType = term.Taxonomy == Taxonomy.TaxonomyKind.Need ? "need" : "age_group";
            attributes.Add(Link(id, linkType, Term(term)));
        }

        if (s.ServiceType is { } type)
        {
            attributes.Add(Link(id, "service_type", ServiceTypeTerm(type)));
        }

        void Add(string term, string? value) => attributes.Add(ProfileAttribute(id, "service", term, term, value));
        Add(HsdsProfile.NoReferral, s.NoReferral ? "true" : "false");
        Add(HsdsProfile.FreeOfCharge, s.IsFree ? "true" : "false");
        Add(HsdsProfile.UrgencyTerm, s.Urgency.ToString().ToLowerInvariant());
        if (s.MinMonths is { } min)
        {
            Add(HsdsProfile.AgeMinMonths, min.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (s.MaxMonths is { } max)
        {
            Add(HsdsProfile.AgeMaxMonths, max.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Add(HsdsProfile.TextLanguage, lang);
        Add(HsdsProfile.Source, s.Source.ToString().ToLowerInvariant());
        if (url is not null)
        {
            attributes.Add(ProfileAttribute(id, "service", HsdsProfile.ChannelKindTerm, "url", KindName(url.Kind)));
        }

        if (!HsdsIds.IsUuid(s.PublicId))
        {
            Add(HsdsProfile.PublicId, s.PublicId);
        }

        // The main fields hold one language; every other language's text travels as a translation attribute.
        // The summary has no HSDS field, so it travels in every language, the main one included.
        foreach (var l in HsdsProfile.Languages)
        {
            foreach (var field in TranslatedFields.Where(f => l != lang || f == "summary"))
            {
                AddTranslation(attributes, id, "service", l, field, Field(s, field).Exact(l));
            }
        }

        return attributes;
    }

    private static Common.LocalizedText Field(Service s, string field) => field switch
    {
        "name" => s.Name,
        "alternate_name" => s.AlternateName,
        "summary" => s.Summary,
        "description" => s.Description,
        "eligibility_description" => s.ReferralInfo,
        _ => s.CostInfo,
    };

    private static HsdsOutAttribute Link(string linkId, string linkType, HsdsOutTaxonomyTerm term) => new()
    {
        Id = HsdsIds.Derived($"attribute:{linkId}:{linkType}:{term.Id}"),
        LinkId = linkId,
        TaxonomyTermId = term.Id,
        LinkType = linkType,
        LinkEntity = "service",
        TaxonomyTerm = term,
    };

    private static HsdsOutAttribute ProfileAttribute(string linkId, string entity, string term, string linkType, string? value) => new()
    {
        Id = HsdsIds.Derived($"attribute:{linkId}:{term}:{linkType}"),
        LinkId = linkId,
        TaxonomyTermId = HsdsProfile.ProfileTermId(term),
        LinkType = linkType,
        LinkEntity = entity,
        Value = value,
        TaxonomyTerm = ProfileTerm(term),
    };

    private static void AddTranslation(List<HsdsOutAttribute> attributes, string linkId, string entity, string lang, string field, string? text)
    {
        if (text is not null)
        {
            attributes.Add(ProfileAttribute(linkId, entity, HsdsProfile.TranslationPrefix + lang, field, text));
        }
    }
}
