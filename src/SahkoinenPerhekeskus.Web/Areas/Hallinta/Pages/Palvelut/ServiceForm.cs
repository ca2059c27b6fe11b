using SahkoinenPerhekeskus.Core.Catalogue;
using SahkoinenPerhekeskus.Web.Areas.Hallinta.Forms;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Palvelut;

public sealed class ChannelInput
{
    public string? Kind { get; set; }
    public LocalizedInput Name { get; set; } = new();
    public string? Value { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
    public LocalizedInput Accessibility { get; set; } = new();
    public string? Hours { get; set; }

    /// <summary>"true" when the editor ticked "remove this channel".</summary>
    public string? Remove { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Value) && string.IsNullOrWhiteSpace(Street) && string.IsNullOrWhiteSpace(Name.Fi)
        && string.IsNullOrWhiteSpace(Hours) && string.IsNullOrWhiteSpace(City);
}

/// <summary>
/// The service editor's form. Every field binds as text, so a bad value never becomes an English model-binding
/// error: it is parsed here and reported in Finnish with the field it belongs to.
/// </summary>
public sealed class ServiceForm
{
    public string? ServiceType { get; set; }
    public string? Organisation { get; set; }
    public LocalizedInput Name { get; set; } = new();
    public LocalizedInput AlternateName { get; set; } = new();
    public LocalizedInput Summary { get; set; } = new();
    public LocalizedInput Description { get; set; } = new();
    public string? Coverage { get; set; }
    public List<string> Municipalities { get; set; } = [];
    public List<string> Areas { get; set; } = [];
    public string? MinAge { get; set; }
    public string? MinAgeUnit { get; set; }
    public string? MaxAge { get; set; }
    public string? MaxAgeUnit { get; set; }
    public List<string> Needs { get; set; } = [];
    public List<string> AgeGroups { get; set; } = [];
    public string? NoReferral { get; set; }
    public LocalizedInput ReferralInfo { get; set; } = new();
    public string? IsFree { get; set; }
    public LocalizedInput CostInfo { get; set; } = new();
    public List<string> Languages { get; set; } = [];
    public string? OtherLanguages { get; set; }
    public string? Urgency { get; set; }
    public List<ChannelInput> Channels { get; set; } = [];

    public static readonly string[] CommonLanguages = ["fi", "sv", "en"];

    public static ServiceForm From(ServiceSnapshot s)
    {
        var (minAge, minUnit) = AgeInput.Show(s.MinMonths, upper: false);
        var (maxAge, maxUnit) = AgeInput.Show(s.MaxMonths, upper: true);
        return new ServiceForm
        {
            ServiceType = s.ServiceType,
            Organisation = s.Organisation,
            Name = LocalizedInput.From(s.Name),
            AlternateName = LocalizedInput.From(s.AlternateName),
            Summary = LocalizedInput.From(s.Summary),
            Description = LocalizedInput.From(s.Description),
            Coverage = s.Coverage.ToString(),
            Municipalities = [.. s.Municipalities],
            Areas = [.. s.Areas],
            MinAge = minAge,
            MinAgeUnit = minUnit,
            MaxAge = maxAge,
            MaxAgeUnit = maxUnit,
            Needs = [.. s.Needs],
            AgeGroups = [.. s.AgeGroups],
            NoReferral = s.NoReferral ? "true" : null,
            ReferralInfo = LocalizedInput.From(s.ReferralInfo),
            IsFree = s.IsFree ? "true" : null,
            CostInfo = LocalizedInput.From(s.CostInfo),
            Languages = [.. s.Languages.Where(CommonLanguages.Contains)],
            OtherLanguages = string.Join(", ", s.Languages.Where(l => !CommonLanguages.Contains(l))),
            Urgency = s.Urgency.ToString(),
            Channels = [.. s.Channels.Select(c => new ChannelInput
            {
                Kind = c.Kind.ToString(),
                Name = LocalizedInput.From(c.Name),
                Value = c.Value,
                Street = c.Street,
                PostalCode = c.PostalCode,
                City = c.City,
                Latitude = c.Latitude?.ToString(CultureInfo.InvariantCulture),
                Longitude = c.Longitude?.ToString(CultureInfo.InvariantCulture),
                Accessibility = LocalizedInput.From(c.Accessibility),
                Hours = OpeningHoursText.Format(c.Hours),
            })],
        };
    }

    /// <summary>Parses the form; problems use the form's own field names (relative to "Form.").</summary>
    public ServiceSnapshot ToSnapshot(List<EditorialProblem> problems)
    {
        var snapshot = new ServiceSnapshot
        {
            ServiceType = string.IsNullOrWhiteSpace(ServiceType) ? null : ServiceType.Trim(),
            Organisation = (Organisation ?? "").Trim(),
            Name = Name.ToText(),
            AlternateName = AlternateName.ToText(),
            Summary = Summary.ToText(),
            Description = Description.ToText(),
            Coverage = ParseEnum<ServiceCoverage>(Coverage, "Coverage", problems),
            Municipalities = [.. Municipalities.Distinct().Order(StringComparer.Ordinal)],
            Areas = [.. Areas.Distinct().Order(StringComparer.Ordinal)],
            MinMonths = AgeInput.Parse(MinAge, MinAgeUnit, upper: false, "MinAge", problems),
            MaxMonths = AgeInput.Parse(MaxAge, MaxAgeUnit, upper: true, "MaxAge", problems),
            Needs = [.. Needs.Distinct().Order(StringComparer.Ordinal)],
            AgeGroups = [.. AgeGroups.Distinct().Order(StringComparer.Ordinal)],
            NoReferral = NoReferral == "true",
            ReferralInfo = ReferralInfo.ToText(),
            IsFree = IsFree == "true",
            CostInfo = CostInfo.ToText(),
            Languages = [.. Languages.Concat((OtherLanguages ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim().ToLowerInvariant())).Distinct()],
            Urgency = ParseEnum<Urgency>(Urgency, "Urgency", problems),
        };
        for (var i = 0; i < Channels.Count; i++)
        {
            var c = Channels[i];
            if (c.Remove == "true" || c.IsBlank)
            {
                continue;
            }

            var at = $"Channels[{i}].";
            if (!OpeningHoursText.TryParse(c.Hours, out var hours, out var problem, out var part))
            {
                problems.Add(new EditorialProblem(at + "Hours", problem!, part));
            }

            snapshot.Channels.Add(new ChannelSnapshot
            {
                Kind = ParseEnum<ChannelKind>(c.Kind, at + "Kind", problems),
                Name = c.Name.ToText(),
                Value = Clean(c.Value),
                Street = Clean(c.Street),
                PostalCode = Clean(c.PostalCode),
                City = Clean(c.City),
                Latitude = ParseDouble(c.Latitude, at + "Latitude", problems),
                Longitude = ParseDouble(c.Longitude, at + "Longitude", problems),
                Accessibility = c.Accessibility.ToText(),
                Hours = hours,
            });
        }

        return snapshot;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static T ParseEnum<T>(string? value, string field, List<EditorialProblem> problems)
        where T : struct, Enum
    {
        if (Enum.TryParse<T>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _))
        {
            return parsed;
        }

        problems.Add(new EditorialProblem(field, "Choice"));
        return default;
    }

    private static double? ParseDouble(string? value, string field, List<EditorialProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (double.TryParse(value.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
        {
            return d;
        }

        problems.Add(new EditorialProblem(field, "Number", value));
        return null;
    }
}
