using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SahkoinenPerhekeskus.Core.Editorial;

/// <summary>
/// Everything an editor can change about a service, with references as codes rather than ids so a version stays
/// readable (and restorable) after rows are renumbered. Workflow data (status, dates, review-by) is not content
/// and is not part of it. Stored as JSON in <see cref="ServiceVersion.Snapshot"/>.
/// </summary>
public sealed class ServiceSnapshot
{
    /// <summary>Readable in the database and the audit log: ä and ö stay themselves (output is HTML-encoded where shown).</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string? ServiceType { get; set; }
    public string Organisation { get; set; } = "";
    public LocalizedText Name { get; set; } = new();
    public LocalizedText AlternateName { get; set; } = new();
    public LocalizedText Summary { get; set; } = new();
    public LocalizedText Description { get; set; } = new();
    public ServiceCoverage Coverage { get; set; }
    public List<string> Municipalities { get; set; } = [];
    public List<string> Areas { get; set; } = [];
    public int? MinMonths { get; set; }
    public int? MaxMonths { get; set; }
    public List<string> Needs { get; set; } = [];
    public List<string> AgeGroups { get; set; } = [];
    public bool NoReferral { get; set; }
    public LocalizedText ReferralInfo { get; set; } = new();
    public bool IsFree { get; set; }
    public LocalizedText CostInfo { get; set; } = new();
    public List<string> Languages { get; set; } = [];
    public Urgency Urgency { get; set; }
    public List<ChannelSnapshot> Channels { get; set; } = [];

    /// <summary>The service as stored. Needs ServiceType, Organisation, Municipalities, Areas, Needs, AgeGroups and Channels.Hours loaded.</summary>
    public static ServiceSnapshot From(Service s) => new()
    {
        ServiceType = s.ServiceType?.Code,
        Organisation = s.Organisation?.Code ?? "",
        Name = s.Name.Copy(),
        AlternateName = s.AlternateName.Copy(),
        Summary = s.Summary.Copy(),
        Description = s.Description.Copy(),
        Coverage = s.Coverage,
        Municipalities = [.. s.Municipalities.Select(m => m.Code).Order(StringComparer.Ordinal)],
        Areas = [.. s.Areas.Select(a => a.Code).Order(StringComparer.Ordinal)],
        MinMonths = s.MinMonths,
        MaxMonths = s.MaxMonths,
        Needs = [.. s.Needs.Select(t => t.Code).Order(StringComparer.Ordinal)],
        AgeGroups = [.. s.AgeGroups.Select(t => t.Code).Order(StringComparer.Ordinal)],
        NoReferral = s.NoReferral,
        ReferralInfo = s.ReferralInfo.Copy(),
        IsFree = s.IsFree,
        CostInfo = s.CostInfo.Copy(),
        Languages = [.. s.Languages],
        Urgency = s.Urgency,
        Channels = [.. s.Channels.OrderBy(c => c.SortOrder).Select(ChannelSnapshot.From)],
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ServiceSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<ServiceSnapshot>(json, Json) ?? throw new JsonException("Empty service snapshot.");

    /// <summary>
    /// Every field as (name, display value), in form order: the unit of the version diff. Languages are separate
    /// fields ("Name.sv"), channels are numbered ("Channels[2].Value").
    /// </summary>
    public IEnumerable<(string Field, string Value)> Fields()
    {
        yield return ("ServiceType", ServiceType ?? "");
        yield return ("Organisation", Organisation);
        foreach (var f in Texts("Name", Name).Concat(Texts("AlternateName", AlternateName)).Concat(Texts("Summary", Summary)).Concat(Texts("Description", Description)))
        {
            yield return f;
        }

        yield return ("Coverage", Coverage.ToString());
        yield return ("Municipalities", string.Join(", ", Municipalities));
        yield return ("Areas", string.Join(", ", Areas));
        yield return ("MinMonths", MinMonths?.ToString(CultureInfo.InvariantCulture) ?? "");
        yield return ("MaxMonths", MaxMonths?.ToString(CultureInfo.InvariantCulture) ?? "");
        yield return ("Needs", string.Join(", ", Needs));
        yield return ("AgeGroups", string.Join(", ", AgeGroups));
        yield return ("NoReferral", NoReferral ? "true" : "false");
        foreach (var f in Texts("ReferralInfo", ReferralInfo))
        {
            yield return f;
        }

        yield return ("IsFree", IsFree ? "true" : "false");
        foreach (var f in Texts("CostInfo", CostInfo))
        {
            yield return f;
        }

        yield return ("Languages", string.Join(", ", Languages));
        yield return ("Urgency", Urgency.ToString());
        for (var i = 0; i < Channels.Count; i++)
        {
            foreach (var (field, value) in Channels[i].Fields())
            {
                yield return ($"Channels[{i}].{field}", value);
            }
        }
    }

    private static IEnumerable<(string, string)> Texts(string name, LocalizedText text) =>
        [(name + ".fi", text.Fi), (name + ".sv", text.Sv ?? ""), (name + ".en", text.En ?? "")];
}

public sealed class ChannelSnapshot
{
    public ChannelKind Kind { get; set; }
    public LocalizedText Name { get; set; } = new();
    public string? Value { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public LocalizedText Accessibility { get; set; } = new();
    public List<HoursSnapshot> Hours { get; set; } = [];

    public static ChannelSnapshot From(ServiceChannel c) => new()
    {
        Kind = c.Kind,
        Name = c.Name.Copy(),
        Value = c.Value,
        Street = c.Street,
        PostalCode = c.PostalCode,
        City = c.City,
        Latitude = c.Latitude,
        Longitude = c.Longitude,
        Accessibility = c.Accessibility.Copy(),
        Hours = [.. c.Hours.OrderBy(h => (((int)h.Day) + 6) % 7).ThenBy(h => h.OpensMinute).Select(h => new HoursSnapshot(h.Day, h.OpensMinute, h.ClosesMinute))],
    };

    public ServiceChannel ToEntity(int sortOrder) => new()
    {
        Kind = Kind,
        SortOrder = sortOrder,
        Name = Name.Copy(),
        Value = Value,
        Street = Street,
        PostalCode = PostalCode,
        City = City,
        Latitude = Latitude,
        Longitude = Longitude,
        Accessibility = Accessibility.Copy(),
        Hours = [.. Hours.Select(h => new OpeningHours { Day = h.Day, OpensMinute = h.Opens, ClosesMinute = h.Closes })],
    };

    internal IEnumerable<(string Field, string Value)> Fields() =>
    [
        ("Kind", Kind.ToString()),
        ("Name.fi", Name.Fi), ("Name.sv", Name.Sv ?? ""), ("Name.en", Name.En ?? ""),
        ("Value", Value ?? ""),
        ("Street", Street ?? ""), ("PostalCode", PostalCode ?? ""), ("City", City ?? ""),
        ("Coordinates", Latitude is null ? "" : FormattableString.Invariant($"{Latitude}, {Longitude}")),
        ("Accessibility.fi", Accessibility.Fi), ("Accessibility.sv", Accessibility.Sv ?? ""), ("Accessibility.en", Accessibility.En ?? ""),
        ("Hours", OpeningHoursText.Format(Hours)),
    ];
}

public sealed record HoursSnapshot(DayOfWeek Day, int Opens, int Closes);

/// <summary>One field that differs between two versions.</summary>
public sealed record FieldChange(string Field, string Before, string After);

public static class SnapshotDiff
{
    /// <summary>The fields whose values differ, in form order; fields only one side has count as changed from/to empty.</summary>
    public static IReadOnlyList<FieldChange> Compare(ServiceSnapshot before, ServiceSnapshot after)
    {
        var a = before.Fields().ToList();
        var b = after.Fields().ToDictionary(f => f.Field, f => f.Value);
        var changes = new List<FieldChange>();
        foreach (var (field, value) in a)
        {
            var other = b.GetValueOrDefault(field, "");
            if (!string.Equals(value, other, StringComparison.Ordinal))
            {
                changes.Add(new FieldChange(field, value, other));
            }

            b.Remove(field);
        }

        changes.AddRange(after.Fields().Where(f => b.ContainsKey(f.Field) && f.Value.Length > 0).Select(f => new FieldChange(f.Field, "", f.Value)));
        return changes;
    }
}
