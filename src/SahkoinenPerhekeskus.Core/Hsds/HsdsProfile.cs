using SahkoinenPerhekeskus.Core.Hsds.Export;
using SahkoinenPerhekeskus.Core.Taxonomy;

namespace SahkoinenPerhekeskus.Core.Hsds;

/// <summary>
/// The tray's HSDS profile (docs/hsds-profile.md): the taxonomies it publishes and the attributes that carry what
/// HSDS has no field for. Attributes are the spec's own extension point (a term, optionally with a value), so a
/// client that does not know the profile still reads a valid HSDS service and simply ignores them.
/// </summary>
public static class HsdsProfile
{
    public const string Version = "3.0";

    public const string NeedTaxonomy = "tarve";
    public const string AgeGroupTaxonomy = "ikä";
    public const string ServiceTypeTaxonomy = "palvelutyyppi";

    /// <summary>The profile's own taxonomy: its terms name the attribute, the attribute's value holds the datum.</summary>
    public const string ProfileTaxonomy = "perhekeskus";

    // Terms of the profile taxonomy.
    public const string NoReferral = "no_referral";
    public const string FreeOfCharge = "free_of_charge";
    public const string UrgencyTerm = "urgency";
    public const string AgeMinMonths = "age_min_months";
    public const string AgeMaxMonths = "age_max_months";
    public const string TextLanguage = "text_language";
    public const string PublicId = "public_id";
    public const string Source = "source";
    public const string ChannelKindTerm = "channel_kind";

    /// <summary>Translation terms are "translation_fi", "translation_sv", "translation_en"; link_type names the field.</summary>
    public const string TranslationPrefix = "translation_";

    public static readonly string[] Languages = ["fi", "sv", "en"];

    public static readonly IReadOnlyDictionary<string, string> ProfileTerms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [NoReferral] = "No referral needed: the family can contact the service directly (value true/false).",
        [FreeOfCharge] = "Free of charge for the family (value true/false).",
        [UrgencyTerm] = "Urgency: none, urgent (crisis lines and chats) or emergency (112).",
        [AgeMinMonths] = "Lowest age served in months from birth; negative months are pregnancy (-9 = from the start of pregnancy).",
        [AgeMaxMonths] = "Highest age served in months from birth, inclusive.",
        [TextLanguage] = "The language (fi, sv, en) of the service's main text fields.",
        [PublicId] = "The tray's own public id of the record, when it is not the HSDS id.",
        [Source] = "Where the tray got the record: content, editor, hsds or ptv.",
        [ChannelKindTerm] = "What a web address is for: web (a page), chat or eservice (booking, forms). On a virtual location, or on the service for its url.",
        [TranslationPrefix + "fi"] = "The field named by link_type in Finnish.",
        [TranslationPrefix + "sv"] = "The field named by link_type in Swedish.",
        [TranslationPrefix + "en"] = "The field named by link_type in English.",
    };

    public static string TaxonomyId(string taxonomy) => HsdsIds.Derived("taxonomy:" + taxonomy);

    public static string ProfileTermId(string code) => HsdsIds.Derived("taxonomy_term:" + ProfileTaxonomy + ":" + code);

    public static string TaxonomyName(TaxonomyKind kind) => kind == TaxonomyKind.Need ? NeedTaxonomy : AgeGroupTaxonomy;

    public static string TermId(TaxonomyTerm term) =>
        HsdsIds.For("taxonomy_term", term.ExternalId ?? TaxonomyName(term.Taxonomy) + ":" + term.Code);

    public static string ServiceTypeTermId(string code) => HsdsIds.Derived("taxonomy_term:" + ServiceTypeTaxonomy + ":" + code);

    public static IReadOnlyList<HsdsOutTaxonomy> Taxonomies { get; } =
    [
        new() { Id = TaxonomyId(NeedTaxonomy), Name = NeedTaxonomy, Description = "Tarve tai elämäntilanne, johon palvelu vastaa (sähköisen perhekeskuksen luokitus).", Version = "1.0" },
        new() { Id = TaxonomyId(AgeGroupTaxonomy), Name = AgeGroupTaxonomy, Description = "Ikäryhmä, jolle palvelu on tarkoitettu; lasten ja nuorten palveluissa lapsen tai nuoren ikä.", Version = "1.0" },
        new() { Id = TaxonomyId(ServiceTypeTaxonomy), Name = ServiceTypeTaxonomy, Description = "Alueellinen palvelutyyppi (esim. lastenneuvola), jonka yhteinen kuvaus näytetään paikallisen palvelun kanssa.", Version = "1.0" },
        new() { Id = TaxonomyId(ProfileTaxonomy), Name = ProfileTaxonomy, Description = "Sähköisen perhekeskuksen HSDS-profiilin attribuutit: tiedot, joille HSDS:ssä ei ole kenttää (docs/hsds-profile.md).", Version = "1.0" },
    ];

    public static HsdsOutTaxonomy TaxonomyNamed(string name) => Taxonomies.First(t => t.Name == name);
}
