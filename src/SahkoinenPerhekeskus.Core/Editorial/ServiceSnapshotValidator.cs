using System.Text.RegularExpressions;

namespace SahkoinenPerhekeskus.Core.Editorial;

/// <summary>A problem with one field. <see cref="Code"/> names the rule; the web localises it ("Validation.{Code}").</summary>
public sealed record EditorialProblem(string Field, string Code, string? Detail = null);

/// <summary>The rules a service must meet before it is saved, in any state: drafts are held to them too.</summary>
public static partial class ServiceSnapshotValidator
{
    public const int MaxName = 200;
    public const int MaxSummary = LocalizedText.MaxShort;
    public const int MaxDescription = 10_000;
    public const int MaxInfo = 1_000;
    public const int MaxChannels = 30;

    /// <summary>Twenty years: the tray serves families from pregnancy to young adults (ARCHITECTURE §1).</summary>
    public const int MaxMonths = 12 * 30;

    public static List<EditorialProblem> Validate(ServiceSnapshot s, EditorialReferenceData reference)
    {
        var p = new List<EditorialProblem>();
        Required(p, "Name.fi", s.Name.Fi);
        Lengths(p, "Name", s.Name, MaxName);
        Lengths(p, "AlternateName", s.AlternateName, MaxName);
        Lengths(p, "Summary", s.Summary, MaxSummary);
        Lengths(p, "Description", s.Description, MaxDescription);
        Lengths(p, "ReferralInfo", s.ReferralInfo, MaxInfo);
        Lengths(p, "CostInfo", s.CostInfo, MaxInfo);
        Check(p, s.ServiceType is null || reference.ServiceTypes.ContainsKey(s.ServiceType), "ServiceType", "Unknown");
        Check(p, reference.Organisations.ContainsKey(s.Organisation), "Organisation", string.IsNullOrEmpty(s.Organisation) ? "Required" : "Unknown");
        Check(p, s.Coverage != ServiceCoverage.Local || s.Municipalities.Count > 0, "Municipalities", "MunicipalityRequired");
        Check(p, s.Coverage != ServiceCoverage.Areas || s.Areas.Count > 0, "Areas", "AreaRequired");
        Check(p, s.Municipalities.All(reference.Municipalities.ContainsKey), "Municipalities", "Unknown");
        Check(p, s.Areas.All(reference.Areas.Contains), "Areas", "Unknown");
        Check(p, s.Needs.All(reference.Needs.ContainsKey), "Needs", "Unknown");
        Check(p, s.AgeGroups.All(reference.AgeGroups.ContainsKey), "AgeGroups", "Unknown");
        Check(p, s.MinMonths is null or (>= AgeRange.PregnancyStart and <= MaxMonths), "MinMonths", "AgeOutOfRange");
        Check(p, s.MaxMonths is null or (>= AgeRange.PregnancyStart and <= MaxMonths), "MaxMonths", "AgeOutOfRange");
        Check(p, new AgeRange(s.MinMonths, s.MaxMonths).IsValid, "MaxMonths", "AgeOrder");
        Check(p, s.Languages.All(l => LanguagePattern().IsMatch(l)), "Languages", "LanguageCode");
        Check(p, Enum.IsDefined(s.Coverage), "Coverage", "Unknown");
        Check(p, Enum.IsDefined(s.Urgency), "Urgency", "Unknown");
        Check(p, s.Channels.Count <= MaxChannels, "Channels", "TooMany");
        for (var i = 0; i < s.Channels.Count; i++)
        {
            ValidateChannel(p, $"Channels[{i}].", s.Channels[i]);
        }

        return p;
    }

    private static void ValidateChannel(List<EditorialProblem> p, string at, ChannelSnapshot c)
    {
        Lengths(p, at + "Name", c.Name, MaxName);
        Lengths(p, at + "Accessibility", c.Accessibility, MaxInfo);
        Check(p, (c.Value?.Length ?? 0) <= ServiceChannel.MaxValue, at + "Value", "TooLong");
        switch (c.Kind)
        {
            case ChannelKind.Phone:
                Check(p, ContactRules.IsPhone(c.Value), at + "Value", "Phone", c.Value);
                break;
            case ChannelKind.Email:
                Check(p, ContactRules.IsEmail(c.Value), at + "Value", "Email", c.Value);
                break;
            case ChannelKind.Visit:
                Check(p, !string.IsNullOrWhiteSpace(c.Street), at + "Street", "StreetRequired");
                Check(p, !string.IsNullOrWhiteSpace(c.City), at + "City", "CityRequired");
                Check(p, c.PostalCode is null || PostalPattern().IsMatch(c.PostalCode), at + "PostalCode", "PostalCode", c.PostalCode);
                break;
            case ChannelKind.Chat or ChannelKind.EService or ChannelKind.Web:
                Check(p, ContactRules.IsWebUrl(c.Value), at + "Value", "Url", c.Value);
                break;
            default:
                p.Add(new EditorialProblem(at + "Kind", "Unknown"));
                break;
        }

        Check(p, (c.Latitude is null) == (c.Longitude is null), at + "Coordinates", "CoordinatesPair");
        Check(p, c.Latitude is null or (>= -90 and <= 90) && c.Longitude is null or (>= -180 and <= 180), at + "Coordinates", "CoordinatesRange");
        Check(p, c.Hours.All(h => h.Opens >= 0 && h.Closes > h.Opens && h.Closes <= OpeningHours.MinutesPerDay), at + "Hours", "HoursOrder");
    }

    private static void Required(List<EditorialProblem> p, string field, string? value) =>
        Check(p, !string.IsNullOrWhiteSpace(value), field, "Required");

    private static void Lengths(List<EditorialProblem> p, string field, LocalizedText text, int max)
    {
        Check(p, text.Fi.Length <= max, field + ".fi", "TooLong", max.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Check(p, (text.Sv?.Length ?? 0) <= max, field + ".sv", "TooLong", max.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Check(p, (text.En?.Length ?? 0) <= max, field + ".en", "TooLong", max.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static void Check(List<EditorialProblem> p, bool ok, string field, string code, string? detail = null)
    {
        if (!ok)
        {
            p.Add(new EditorialProblem(field, code, detail));
        }
    }

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex PostalPattern();

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguagePattern();
}
