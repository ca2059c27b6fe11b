using System.Globalization;

namespace SahkoinenPerhekeskus.Core.Hsds.Import;

/// <summary>
/// Reads the tray's own profile attributes (docs/hsds-profile.md) back on import, so an export imported into an
/// empty database gives the same services: flags, ages in months, translations, service type and public id
/// overrule what the importer would otherwise guess from wording. Feeds without them are read as before.
/// </summary>
internal static class HsdsProfileReader
{
    /// <summary>True for attributes of the profile or service-type taxonomies, which are not need/age terms.</summary>
    public static bool IsProfile(HsdsAttribute a) => TaxonomyOf(a) is HsdsProfile.ProfileTaxonomy or HsdsProfile.ServiceTypeTaxonomy;

    public static bool IsProfileTaxonomy(string? name) => name?.Trim() is HsdsProfile.ProfileTaxonomy or HsdsProfile.ServiceTypeTaxonomy;

    /// <summary>The tray's public id carried by a profile attribute, or null.</summary>
    public static string? PublicId(IEnumerable<HsdsAttribute>? attributes) =>
        HsdsText.Clean((attributes ?? []).FirstOrDefault(a => TaxonomyOf(a) == HsdsProfile.ProfileTaxonomy && Code(a) == HsdsProfile.PublicId)?.Value);

    /// <summary>The language of the main text fields, when the record says.</summary>
    public static string? TextLanguage(IEnumerable<HsdsAttribute>? attributes) =>
        (attributes ?? []).FirstOrDefault(a => TaxonomyOf(a) == HsdsProfile.ProfileTaxonomy && Code(a) == HsdsProfile.TextLanguage)?.Value?.Trim() switch
        {
            "fi" => "fi",
            "sv" => "sv",
            "en" => "en",
            _ => null,
        };

    /// <summary>The channel kind a profile attribute gives a web address (on a location, or link_type url on a service).</summary>
    public static ChannelKind? ChannelKindOf(IEnumerable<HsdsAttribute>? attributes) =>
        (attributes ?? []).FirstOrDefault(a => TaxonomyOf(a) == HsdsProfile.ProfileTaxonomy && Code(a) == HsdsProfile.ChannelKindTerm)?.Value?.Trim() switch
        {
            "web" => ChannelKind.Web,
            "chat" => ChannelKind.Chat,
            "eservice" => ChannelKind.EService,
            _ => null,
        };

    public static void Apply(Service draft, IEnumerable<HsdsAttribute>? attributes, HsdsReferences refs, Action<string> warn)
    {
        foreach (var a in (attributes ?? []).Where(IsProfile))
        {
            var code = Code(a);
            if (TaxonomyOf(a) == HsdsProfile.ServiceTypeTaxonomy)
            {
                if (code is not null && refs.ServiceTypes.TryGetValue(code, out var typeId))
                {
                    draft.ServiceTypeId = typeId;
                }
                else
                {
                    warn($"service type '{code}' is not one of the region's service types; not linked");
                }

                continue;
            }

            var value = a.Value;
            switch (code)
            {
                case HsdsProfile.NoReferral when bool.TryParse(value, out var noReferral):
                    draft.NoReferral = noReferral;
                    break;
                case HsdsProfile.FreeOfCharge when bool.TryParse(value, out var free):
                    draft.IsFree = free;
                    break;
                case HsdsProfile.UrgencyTerm when Enum.TryParse<Urgency>(value, ignoreCase: true, out var urgency) && Enum.IsDefined(urgency):
                    draft.Urgency = urgency;
                    break;
                case HsdsProfile.AgeMinMonths when Months(value) is { } min:
                    draft.MinMonths = min;
                    break;
                case HsdsProfile.AgeMaxMonths when Months(value) is { } max:
                    draft.MaxMonths = max;
                    break;
                case { } t when t.StartsWith(HsdsProfile.TranslationPrefix, StringComparison.Ordinal):
                    Translate(draft, t[HsdsProfile.TranslationPrefix.Length..], a.LinkType, value, warn);
                    break;
                case HsdsProfile.TextLanguage or HsdsProfile.PublicId or HsdsProfile.Source or HsdsProfile.ChannelKindTerm:
                    break;
                default:
                    warn($"profile attribute '{code}' with value '{value}' not understood; ignored");
                    break;
            }
        }

        if (draft.MinMonths > draft.MaxMonths)
        {
            warn($"age_min_months {draft.MinMonths} is above age_max_months {draft.MaxMonths}; both dropped");
            (draft.MinMonths, draft.MaxMonths) = (null, null);
        }
    }

    /// <summary>Organisation names and descriptions in Swedish and English.</summary>
    public static void ApplyOrganisation(Organisation organisation, IEnumerable<HsdsAttribute>? attributes)
    {
        foreach (var a in (attributes ?? []).Where(a => TaxonomyOf(a) == HsdsProfile.ProfileTaxonomy))
        {
            if (Code(a) is { } code && code.StartsWith(HsdsProfile.TranslationPrefix, StringComparison.Ordinal)
                && code[HsdsProfile.TranslationPrefix.Length..] is "sv" or "en" && HsdsText.Clean(a.Value) is { } text)
            {
                var target = a.LinkType == "description" ? organisation.Description : a.LinkType == "name" ? organisation.Name : null;
                Set(target, code[HsdsProfile.TranslationPrefix.Length..], HsdsText.Shorten(text, HsdsText.MaxText));
            }
        }
    }

    private static void Translate(Service draft, string lang, string? field, string? value, Action<string> warn)
    {
        if (lang is not ("fi" or "sv" or "en"))
        {
            warn($"translation to '{lang}' ignored: the tray's languages are fi, sv and en");
            return;
        }

        var text = HsdsText.Clean(value);
        var max = field is "name" or "alternate_name" ? LocalizedText.MaxShort : HsdsText.MaxText;
        var target = field switch
        {
            "name" => draft.Name,
            "alternate_name" => draft.AlternateName,
            "summary" => draft.Summary,
            "description" => draft.Description,
            "eligibility_description" => draft.ReferralInfo,
            "fees_description" => draft.CostInfo,
            _ => null,
        };
        if (target is null)
        {
            warn($"translation of unknown field '{field}' ignored");
            return;
        }

        // An empty name would leave a language with no heading; keep what the main fields gave.
        if (text is null && field == "name")
        {
            return;
        }

        Set(target, lang, text is null ? null : HsdsText.Shorten(text, max));
    }

    private static void Set(LocalizedText? target, string lang, string? text)
    {
        switch (lang)
        {
            case "sv" when target is not null:
                target.Sv = text;
                break;
            case "en" when target is not null:
                target.En = text;
                break;
            case "fi" when target is not null:
                target.Fi = text ?? "";
                break;
        }
    }

    private static int? Months(string? value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var m) && m is >= AgeRange.PregnancyStart and <= 120 * 12 + 11 ? m : null;

    private static string? TaxonomyOf(HsdsAttribute a) =>
        HsdsText.Clean(a.TaxonomyTerm?.Taxonomy ?? a.TaxonomyTerm?.TaxonomyDetail?.Name)
        ?? (a.TaxonomyTermId is { } id && ProfileTermIds.TryGetValue(id, out var code) ? (code.StartsWith("palvelutyyppi:", StringComparison.Ordinal) ? HsdsProfile.ServiceTypeTaxonomy : HsdsProfile.ProfileTaxonomy) : null);

    private static string? Code(HsdsAttribute a) =>
        HsdsText.Clean(a.TaxonomyTerm?.Code) ?? (a.TaxonomyTermId is { } id && ProfileTermIds.TryGetValue(id, out var code) && !code.Contains(':', StringComparison.Ordinal) ? code : null);

    /// <summary>Profile term ids → codes, so an attribute that gives only taxonomy_term_id is still understood.</summary>
    private static readonly Dictionary<string, string> ProfileTermIds =
        HsdsProfile.ProfileTerms.Keys.ToDictionary(HsdsProfile.ProfileTermId, c => c, StringComparer.OrdinalIgnoreCase);
}
