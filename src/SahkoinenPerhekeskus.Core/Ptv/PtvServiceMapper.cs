using SahkoinenPerhekeskus.Core.Hsds.Import;
using SahkoinenPerhekeskus.Core.Structure;
using SahkoinenPerhekeskus.Core.Taxonomy;

namespace SahkoinenPerhekeskus.Core.Ptv;

/// <summary>Checks one PTV service and turns it into an unsaved <see cref="Service"/> (organisation set by the importer).</summary>
internal sealed class PtvServiceMapper(HsdsReferences refs, PtvMapping mapping, DateTime now)
{
    /// <summary>The fields a PTV import writes, and so overwrites on the next import (shown to editors).</summary>
    public static readonly IReadOnlyList<string> ImportedFields =
    [
        "Name", "AlternateName", "Summary", "Description", "ReferralInfo", "CostInfo", "IsFree", "NoReferral", "Urgency",
        "Coverage", "Municipalities", "MinAge", "MaxAge", "Needs", "AgeGroups", "Languages", "ServiceType", "Organisation", "Channels", "Status",
    ];

    /// <summary>v11 names and the v7 names PTV still accepts: is the service free of charge?</summary>
    private static readonly Dictionary<string, bool> ChargeTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Chargeable"] = false, ["Charged"] = false, ["FreeOfCharge"] = true, ["Free"] = true, ["Other"] = false,
    };

    private static readonly HashSet<string> AreaTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Nationwide", "NationwideExceptAlandIslands", "LimitedType", "WholeCountry", "WholeCountryExceptAlandIslands", "AreaType",
    };

    /// <summary>Problems that reject the record; null when it can be imported.</summary>
    public static string? Validate(PtvService s)
    {
        if (HsdsText.Clean(s.Id) is not { } id || !Guid.TryParse(id, out _))
        {
            return "id is missing or not a PTV id (a UUID)";
        }

        if (string.IsNullOrWhiteSpace(PtvText.Name(s.ServiceNames, "Name").Fi))
        {
            return "serviceNames has no name (type Name) in any language";
        }

        if (s.ServiceChargeType is { } charge && !ChargeTypes.ContainsKey(charge))
        {
            return $"serviceChargeType '{charge}' is not Chargeable, FreeOfCharge or Other";
        }

        if (s.AreaType is { } area && !AreaTypes.Contains(area))
        {
            return $"areaType '{area}' is not Nationwide, NationwideExceptAlandIslands or LimitedType";
        }

        return null;
    }

    public (Service? Service, string? Problem) Map(PtvService s, IReadOnlyList<PtvChannel> channels, Action<string> warn)
    {
        var (coverage, municipalities, problem) = Coverage(s, warn);
        if (problem is not null)
        {
            return (null, problem);
        }

        var needs = new List<TaxonomyTerm>();
        var ageGroups = new List<TaxonomyTerm>();
        foreach (var (codes, table) in new[] { (s.TargetGroups, mapping.TargetGroups), (s.ServiceClasses, mapping.ServiceClasses), (s.LifeEvents, mapping.LifeEvents) })
        {
            foreach (var ptvCode in (codes ?? []).Select(c => c.Code).OfType<string>())
            {
                if (table.TryGetValue(ptvCode, out var terms))
                {
                    needs.AddRange(terms.Needs.Select(n => refs.Terms[(TaxonomyKind.Need, n)]));
                    ageGroups.AddRange(terms.AgeGroups.Select(a => refs.Terms[(TaxonomyKind.AgeGroup, a)]));
                }
            }
        }

        var name = PtvText.Name(s.ServiceNames, "Name");
        var description = PtvText.Texts(s.ServiceDescriptions, "Description");
        var summary = PtvText.Texts(s.ServiceDescriptions, "Summary", HsdsText.MaxSummary);
        var instructions = PtvText.Texts(s.ServiceDescriptions, "UserInstruction");
        var requirements = PtvText.Texts(s.Requirements, null);
        var built = new PtvChannels(DateOnly.FromDateTime(now), warn).Build(channels);
        var ranges = ageGroups.Distinct().Where(a => a.MinMonths is not null && a.MaxMonths is not null).ToList();
        var typeCode = s.GeneralDescriptionId is { } gd && mapping.GeneralDescriptions.TryGetValue(gd, out var code) ? code : null;
        if (s.GeneralDescriptionId is not null && typeCode is null)
        {
            warn($"general description {s.GeneralDescriptionId} is not in ptv-mapping.json; no service type linked");
        }

        var service = new Service
        {
            PublicId = s.Id!.Trim().ToLowerInvariant(),
            Slug = "",
            ExternalId = s.Id.Trim().ToLowerInvariant(),
            Source = EntrySource.Ptv,
            Name = name,
            AlternateName = PtvText.Texts(s.ServiceNames, "AlternativeName", LocalizedText.MaxShort),
            Summary = summary.IsEmpty ? new LocalizedText(HsdsText.Summary(description.Fi) ?? "", HsdsText.Summary(description.Sv), HsdsText.Summary(description.En)) : summary,
            Description = description,
            Coverage = coverage,
            Municipalities = municipalities,
            Needs = [.. needs.Distinct()],
            AgeGroups = [.. ageGroups.Distinct()],
            MinMonths = ranges.Count == 0 ? null : ranges.Min(a => a.MinMonths),
            MaxMonths = ranges.Count == 0 ? null : ranges.Max(a => a.MaxMonths),
            ReferralInfo = PtvText.Join(requirements, instructions),
            NoReferral = HsdsHeuristics.NoReferral(requirements.Fi, instructions.Fi),
            IsFree = s.ServiceChargeType is { } charge && ChargeTypes.GetValueOrDefault(charge),
            CostInfo = PtvText.Texts(s.ServiceDescriptions, "ChargeTypeAdditionalInfo"),
            Languages = [.. (s.Languages ?? []).Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length == 2).Distinct()],
            Urgency = HsdsHeuristics.Urgency(name.Fi, description.Fi, built.Where(c => c.Kind == ChannelKind.Phone).Select(c => c.Value ?? "")),
            ServiceTypeId = typeCode is not null && refs.ServiceTypes.TryGetValue(typeCode, out var typeId) ? typeId : null,
            Channels = built,
            Status = s.PublishingStatus is null or "Published" ? PublicationStatus.Published : PublicationStatus.Archived,
            CreatedAt = now,
            UpdatedAt = s.Modified?.ToUniversalTime() ?? now,
            ImportedFields = [.. ImportedFields],
            ImportedAt = now,
        };
        service.PublishedAt = service.Status == PublicationStatus.Published ? service.UpdatedAt : null;
        return (service, null);
    }

    /// <summary>
    /// Where the service is available. Municipalities outside the region are left out with a warning (PTV areas
    /// such as hospital districts reach past it); a service with none inside the region is not for this tray.
    /// </summary>
    private (ServiceCoverage, List<Municipality>, string?) Coverage(PtvService s, Action<string> warn)
    {
        if (s.AreaType?.StartsWith("Nationwide", StringComparison.OrdinalIgnoreCase) == true
            || s.AreaType?.StartsWith("WholeCountry", StringComparison.OrdinalIgnoreCase) == true)
        {
            return (ServiceCoverage.National, [], null);
        }

        var codes = (s.Areas ?? [])
            .SelectMany(a => string.Equals(a.Type, "Municipality", StringComparison.OrdinalIgnoreCase) ? [a.Code] : (a.Municipalities ?? []).Select(m => m.Code))
            .Select(c => HsdsText.Clean(c))
            .OfType<string>()
            .Select(c => c.All(char.IsAsciiDigit) && c.Length <= 3 ? c.PadLeft(3, '0') : c)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (codes.Count == 0)
        {
            warn($"areaType '{s.AreaType}' without municipalities: imported as covering the whole region");
            return (ServiceCoverage.Region, [], null);
        }

        if (codes.FirstOrDefault(c => c.Length != 3 || !c.All(char.IsAsciiDigit)) is { } bad)
        {
            return (ServiceCoverage.Local, [], $"'{bad}' in areas is not a municipality code (three digits)");
        }

        var known = codes.Where(refs.Municipalities.ContainsKey).ToList();
        var unknown = codes.Except(known).ToList();
        if (known.Count == 0)
        {
            return (ServiceCoverage.Local, [], $"none of its municipality codes ({string.Join(", ", unknown.Take(10))}) is in the region");
        }

        if (unknown.Count > 0)
        {
            warn($"municipality codes outside the region left out: {string.Join(", ", unknown.Take(10))}");
        }

        return refs.IsWholeRegion(known.ToHashSet(StringComparer.Ordinal))
            ? (ServiceCoverage.Region, [], null)
            : (ServiceCoverage.Local, [.. known.Order(StringComparer.Ordinal).Select(c => refs.Municipalities[c])], null);
    }
}
