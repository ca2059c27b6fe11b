using System.Globalization;
using System.Text.RegularExpressions;
using SahkoinenPerhekeskus.Core.Structure;
using SahkoinenPerhekeskus.Core.Taxonomy;

namespace SahkoinenPerhekeskus.Core.Hsds.Import;

/// <summary>
/// Checks one HSDS service and turns it into an unsaved <see cref="Service"/>. Organisation and taxonomy terms come
/// from the importer, because resolving them may create rows; that happens only after the checks have passed.
/// </summary>
internal sealed partial class HsdsServiceMapper(HsdsReferences refs, DateTime now)
{
    private const int MaxAge = 120;

    /// <summary>Checks that need nothing but the record and the loaded structure.</summary>
    public void Validate(HsdsService s, HsdsRecordProblems p)
    {
        p.Required(s.Id, "id", Service.MaxPublicId);
        p.Check(s.Id is null || !s.Id.Trim().Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '/' or '?' or '#' or '%'), "id", "must not contain spaces, '/', '?', '#' or '%': it is the service's public id in URLs");
        p.Required(s.Name, "name", LocalizedText.MaxShort);
        p.Length(s.AlternateName, "alternate_name", LocalizedText.MaxShort);
        p.Url(s.Url, "url");
        p.Email(s.Email, "email");
        p.Check(s.MinimumAge is null or (>= 0 and <= MaxAge), "minimum_age", $"{s.MinimumAge} is not an age between 0 and {MaxAge} years");
        p.Check(s.MaximumAge is null or (>= 0 and <= MaxAge), "maximum_age", $"{s.MaximumAge} is not an age between 0 and {MaxAge} years");
        p.Check(s.MinimumAge is null || s.MaximumAge is null || s.MinimumAge <= s.MaximumAge, "maximum_age", $"maximum age {s.MaximumAge} is below minimum age {s.MinimumAge}");
        Coverage(s, p);
    }

    public Service Map(HsdsService s, Organisation organisation, IReadOnlyList<TaxonomyTerm> terms, Action<string> warn)
    {
        var languages = (s.Languages ?? []).Select(HsdsText.LanguageCode).ToList();
        foreach (var unknown in (s.Languages ?? []).Where((_, i) => languages[i] is null))
        {
            warn($"language '{unknown.Code ?? unknown.Name}' is not an ISO 639 code; not listed");
        }

        if ((s.ServiceAreas ?? []).Count == 0)
        {
            warn("no service_areas: imported as covering the whole region");
        }

        var lang = HsdsProfileReader.TextLanguage(s.Attributes) ?? HsdsText.TextLanguage(languages.FirstOrDefault());
        var name = s.Name!.Trim();
        var (coverage, municipalities) = Coverage(s, new HsdsRecordProblems("services", 0, s.Id));
        var updated = ParseModified(s.LastModified, warn) ?? now;
        var ageGroups = terms.Where(t => t.Taxonomy == TaxonomyKind.AgeGroup).ToList();
        var minMonths = ToMonths(s.MinimumAge, upper: false);

        // A lower bound of zero with a pregnancy age group means "from pregnancy"; an open bound already covers it.
        if (minMonths is 0 && ageGroups.Any(IsPregnancy))
        {
            minMonths = AgeRange.PregnancyStart;
        }

        var costs = (s.CostOptions ?? []).Select(c => CostLine(c, lang)).ToArray();
        var service = new Service
        {
            PublicId = s.Id!.Trim(),
            Slug = "",
            Organisation = organisation,
            Name = HsdsText.In(lang, name),
            AlternateName = HsdsText.In(lang, s.AlternateName),
            Summary = HsdsText.In(lang, HsdsText.Summary(s.Description)),
            Description = HsdsText.In(lang, Fit(HsdsText.Paragraphs(s.Description, s.InterpretationServices), "description", warn)),
            Coverage = coverage,
            Municipalities = municipalities,
            MinMonths = minMonths,
            MaxMonths = ToMonths(s.MaximumAge, upper: true),
            Needs = [.. terms.Where(t => t.Taxonomy == TaxonomyKind.Need).Distinct()],
            AgeGroups = [.. ageGroups.Distinct()],
            NoReferral = HsdsHeuristics.NoReferral(s.EligibilityDescription, s.ApplicationProcess),
            ReferralInfo = HsdsText.In(lang, Fit(HsdsText.Paragraphs(s.EligibilityDescription, s.ApplicationProcess), "eligibility_description", warn)),
            IsFree = HsdsHeuristics.IsFree(s.FeesDescription, s.CostOptions ?? []),
            CostInfo = HsdsText.In(lang, Fit(HsdsText.Paragraphs([s.FeesDescription, .. costs]), "fees_description", warn)),
            Languages = languages.Count == 0 ? [lang] : [.. languages.OfType<string>().Distinct()],
            Urgency = HsdsHeuristics.Urgency(name, s.Description, (s.Phones ?? []).Select(p => p.Number ?? "")),
            Channels = new HsdsChannels(lang, DateOnly.FromDateTime(now), warn).Build(s),
            Status = s.Status?.Trim().ToLowerInvariant() is "inactive" or "defunct" ? PublicationStatus.Archived : PublicationStatus.Published,
            CreatedAt = now,
            UpdatedAt = updated,
            Source = EntrySource.Hsds,
        };

        // Finnish is the fallback of every text, so a Swedish or English service must still have a Finnish name.
        service.Name.Fi = name;
        service.PublishedAt = service.Status == PublicationStatus.Published ? updated : null;
        return service;
    }

    /// <summary>Where the service is available. Problems (unknown municipalities) are added to <paramref name="p"/>.</summary>
    private (ServiceCoverage, List<Municipality>) Coverage(HsdsService s, HsdsRecordProblems p)
    {
        var areas = s.ServiceAreas ?? [];
        if (areas.Count == 0)
        {
            // A feed for the county's tray without areas is read as county-wide; the warning says so.
            return (ServiceCoverage.Region, []);
        }

        var found = new Dictionary<string, Municipality>(StringComparer.Ordinal);
        for (var i = 0; i < areas.Count; i++)
        {
            var area = areas[i];
            if (IsCountry(area))
            {
                return (ServiceCoverage.National, []);
            }

            var field = $"service_areas[{i}]";
            if (MunicipalityCode(area) is { } code)
            {
                if (refs.Municipalities.TryGetValue(code, out var m))
                {
                    found.TryAdd(code, m);
                }
                else
                {
                    p.Add(field + ".extent", $"unknown municipality code '{code}'" + (refs.Municipalities.Count == 0 ? " (no municipalities loaded: load the region content first)" : ""));
                }
            }
            else if (HsdsText.Clean(area.Name) is { } name && refs.MunicipalityByName(name) is { } byName)
            {
                found.TryAdd(byName.Code, byName);
            }
            else if (HsdsText.Clean(area.Name) is { } groupName && refs.Group(groupName) is { } group)
            {
                foreach (var m in group)
                {
                    found.TryAdd(m.Code, m);
                }
            }
            else
            {
                p.Add(field + ".name", $"'{area.Name}' is not a known municipality, area or region, and there is no municipality code");
            }
        }

        return refs.IsWholeRegion(found.Keys.ToHashSet(StringComparer.Ordinal))
            ? (ServiceCoverage.Region, [])
            : (ServiceCoverage.Local, [.. found.Values.OrderBy(m => m.Code, StringComparer.Ordinal)]);
    }

    private static bool IsCountry(HsdsServiceArea area) =>
        string.Equals(area.Extent?.Trim(), "FI", StringComparison.OrdinalIgnoreCase)
        || (area.Extent is null && HsdsText.Clean(area.Name) is "Koko Suomi" or "Suomi" or "Finland" or "Hela Finland");

    /// <summary>A Statistics Finland code from extent or from the codelist URI; "90" is the same as "090".</summary>
    private static string? MunicipalityCode(HsdsServiceArea area)
    {
        var extent = area.Extent?.Trim() ?? "";
        if (extent.Length is >= 1 and <= 3 && extent.All(char.IsAsciiDigit))
        {
            return extent.PadLeft(3, '0');
        }

        var fromUri = area.Uri is null ? null : CodeInUri().Match(area.Uri);
        return fromUri is { Success: true } ? fromUri.Groups[1].Value : null;
    }

    /// <summary>Whole years as in HSDS: the lower bound starts the year, the upper bound ends it (max*12+11).</summary>
    private static int? ToMonths(decimal? years, bool upper) => years switch
    {
        null => null,
        { } y when y == decimal.Truncate(y) => upper ? ((int)y * 12) + 11 : (int)y * 12,
        { } y => (int)Math.Round(y * 12, MidpointRounding.AwayFromZero),
    };

    private static bool IsPregnancy(TaxonomyTerm t) => t.MinMonths < 0 || t.Code == "odotusaika";

    private static DateTime? ParseModified(string? text, Action<string> warn)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            return value.UtcDateTime;
        }

        warn($"last_modified '{text}' is not a date; the import time is used");
        return null;
    }

    private static string? CostLine(HsdsCostOption c, string lang)
    {
        if (c.Amount is not { } amount)
        {
            return HsdsText.Paragraphs(c.Option, c.AmountDescription);
        }

        var culture = CultureInfo.GetCultureInfo(lang);
        var price = string.Equals(c.Currency ?? "EUR", "EUR", StringComparison.OrdinalIgnoreCase)
            ? amount.ToString("0.00", culture) + " €"
            : amount.ToString("0.00", culture) + " " + c.Currency;
        return string.Join(" ", new[] { c.Option is null ? null : c.Option.Trim() + ":", price, c.AmountDescription }.OfType<string>());
    }

    private static string? Fit(string? text, string field, Action<string> warn)
    {
        if (text is not null && text.Length > HsdsText.MaxText)
        {
            warn($"{field} longer than {HsdsText.MaxText} characters shortened");
            return HsdsText.Shorten(text, HsdsText.MaxText);
        }

        return text;
    }

    [GeneratedRegex(@"/code/(\d{3})/?$")]
    private static partial Regex CodeInUri();
}
