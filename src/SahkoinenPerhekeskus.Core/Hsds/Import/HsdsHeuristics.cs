using System.Text.RegularExpressions;

namespace SahkoinenPerhekeskus.Core.Hsds.Import;

/// <summary>
/// Facts that HSDS has no field for, read from wording in fi, sv and en (docs/adr/0004-hsds-import.md explains
/// each rule). They look at words only, never at particular ids or names, so a new feed gets the same treatment.
/// </summary>
internal static partial class HsdsHeuristics
{
    /// <summary>
    /// The organisation kind told by its name, alternate name or legal status, in that order; null when none
    /// says, in which case the importer decides between National (country-wide services) and Ngo.
    /// </summary>
    public static OrganisationKind? GuessKind(string? name, string? alternateName, string? legalStatus) =>
        KindFromWords(name) ?? KindFromWords(alternateName) ?? KindFromWords(legalStatus)
        ?? (legalStatus is not null && StateWords().IsMatch(legalStatus) ? OrganisationKind.National : null);

    private static OrganisationKind? KindFromWords(string? text) => text switch
    {
        null => null,
        _ when ParishWords().IsMatch(text) => OrganisationKind.Parish,
        _ when CountyWords().IsMatch(text) => OrganisationKind.WellbeingCounty,
        _ when MunicipalityWords().IsMatch(text) => OrganisationKind.Municipality,
        _ when NgoWords().IsMatch(text) => OrganisationKind.Ngo,
        _ => null,
    };

    /// <summary>
    /// True when the access texts say no referral is needed and nothing else in them asks for one. Negated
    /// phrases are removed before looking for referral words, so "ei tarvita lähetettä" does not count as one.
    /// </summary>
    public static bool NoReferral(string? eligibility, string? applicationProcess)
    {
        var text = $"{eligibility} {applicationProcess}";
        return NoReferralWords().IsMatch(text) && !ReferralWords().IsMatch(NoReferralWords().Replace(text, " "));
    }

    /// <summary>
    /// Free only when the feed says something about cost and nothing of it is a price: no cost option above zero,
    /// no euro amount and no "maksullinen" in the fees text. Saying nothing is not the same as free.
    /// </summary>
    public static bool IsFree(string? fees, IReadOnlyCollection<HsdsCostOption> costOptions)
    {
        if (string.IsNullOrWhiteSpace(fees) && costOptions.Count == 0)
        {
            return false;
        }

        return !costOptions.Any(c => c.Amount > 0) && (fees is null || !PriceWords().IsMatch(fees));
    }

    /// <summary>
    /// Emergency for the emergency number itself; Urgent for crisis lines and chats and päivystys. The name decides,
    /// or the first sentence of the description (what the service is) — later sentences often only point elsewhere
    /// ("outside office hours call the crisis line"), which must not make a school psychologist urgent.
    /// </summary>
    public static Urgency Urgency(string name, string? description, IEnumerable<string> phoneNumbers)
    {
        var digits = phoneNumbers.Select(n => new string([.. n.Where(char.IsAsciiDigit)])).ToList();
        if (digits.Contains("112") || EmergencyWords().IsMatch(name))
        {
            return Catalogue.Urgency.Emergency;
        }

        var first = HsdsText.Summary(description) ?? "";
        return digits.Contains("116117") || CrisisNameWords().IsMatch(name) || CrisisDescriptionWords().IsMatch(first)
            ? Catalogue.Urgency.Urgent
            : Catalogue.Urgency.None;
    }

    /// <summary>Chat, e-service (booking, e-asiointi) or a plain web page, from the address and the name.</summary>
    public static ChannelKind WebKind(string url, string? name)
    {
        var text = $"{url} {name}";
        return ChatWords().IsMatch(text) ? ChannelKind.Chat
            : EServiceWords().IsMatch(text) ? ChannelKind.EService
            : ChannelKind.Web;
    }

    [GeneratedRegex(@"seurakun|församling|\bparish", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ParishWords();

    [GeneratedRegex(@"hyvinvointialue|hyvinvointiyhtymä|välfärdsområde|wellbeing services county|\bsote\b|sairaala|sjukhus|hospital", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountyWords();

    [GeneratedRegex(@"\b(kunta|kunnan|kaupunki|kaupungin|kommun|kommunen|stad|staden|municipality)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MunicipalityWords();

    [GeneratedRegex(@"\bry\b|\br\.y\.|yhdistys|liitto|säätiö|förening|förbund|stiftelse|\brf\b|association|foundation", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NgoWords();

    [GeneratedRegex(@"valtio|valtion|virasto|julkisoikeudellinen|statlig|myndighet|government agency", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StateWords();

    [GeneratedRegex(
        @"ilman\s+lähetettä|\b(ei|eikä)\s+(\w+\s+){0,2}lähetettä|lähetettä\s+ei\s+\w+|(no|without(\s+a)?)\s+referral|referral\s+(is\s+)?not\s+(needed|required)|(utan|ingen)\s+remiss|remiss\s+(behövs|krävs)\s+inte|behöver\s+(ingen|inte)\s+remiss|suoraan|drop[\s-]?in|ilman\s+ajanvarausta|utan\s+tidsbokning|without\s+(an\s+)?appointment",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoReferralWords();

    [GeneratedRegex(@"lähete\b|lähettee\w*|lähetettä\b|lähetteitä\b|referral|remiss", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferralWords();

    [GeneratedRegex(@"€|\beur(o|oa|oja|on|os)?\b|\bmaksullinen\b|\bmaksullista\b|avgiftsbelagd|\bis charged\b|\bfee applies\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PriceWords();

    [GeneratedRegex(@"\b112\b|hätänumero|nödnummer|emergency number", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmergencyWords();

    [GeneratedRegex(@"kriisi|päivysty|\bkris(\b|telefon|jour|stöd|center|centrum|hjälp|samtal|chatt)|jour(\b|en\b|havande|telefon)|\bcrisis\b|116\s?117", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CrisisNameWords();

    [GeneratedRegex(@"kriisipuhel|kriisichat|kriisikeskus|kriisipäivy|kriisiapu|crisis\s+(line|chat|helpline|centre|center)|kristelefon|116\s?117", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CrisisDescriptionWords();

    [GeneratedRegex(@"chat", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChatWords();

    [GeneratedRegex(@"ajanvara|asiointi|e-?service|e-?tjänst|tidsbok|online booking", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EServiceWords();
}
