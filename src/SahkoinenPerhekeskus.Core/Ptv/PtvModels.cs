using System.Text.Json.Serialization;

namespace SahkoinenPerhekeskus.Core.Ptv;

// The parts of the Suomi.fi Service Catalogue (PTV) Open API v11 the tray reads: V11VmOpenApiService and the
// channel models (V11VmOpenApiServiceLocationChannel, …PhoneChannel, …ElectronicChannel, …WebPageChannel,
// …PrintableFormChannel) of vrk-kpa/ptv-releases. camelCase as the API writes it; unknown fields are ignored.

public sealed record PtvLanguageItem
{
    public string? Language { get; init; }
    public string? Value { get; init; }
    public string? Type { get; init; }
}

public sealed record PtvCodeItem
{
    public string? Code { get; init; }
    public string? Uri { get; init; }
    public List<PtvLanguageItem>? Name { get; init; }
}

public sealed record PtvArea
{
    public string? Type { get; init; }
    public string? Code { get; init; }
    public List<PtvLanguageItem>? Name { get; init; }
    public List<PtvCodeItem>? Municipalities { get; init; }
}

public sealed record PtvIdName
{
    public string? Id { get; init; }
    public string? Name { get; init; }
}

public sealed record PtvServiceOrganization
{
    public string? RoleType { get; init; }
    public PtvIdName? Organization { get; init; }
}

public sealed record PtvServiceChannelLink
{
    public PtvIdName? ServiceChannel { get; init; }
}

public sealed record PtvService
{
    public string? Id { get; init; }
    public string? Type { get; init; }
    public List<PtvLanguageItem>? ServiceNames { get; init; }
    public List<PtvLanguageItem>? ServiceDescriptions { get; init; }
    public List<PtvLanguageItem>? Requirements { get; init; }
    public string? ServiceChargeType { get; init; }
    public string? AreaType { get; init; }
    public List<PtvArea>? Areas { get; init; }
    public List<string>? Languages { get; init; }
    public List<PtvCodeItem>? ServiceClasses { get; init; }
    public List<PtvCodeItem>? TargetGroups { get; init; }
    public List<PtvCodeItem>? LifeEvents { get; init; }
    public string? GeneralDescriptionId { get; init; }
    public List<PtvServiceOrganization>? Organizations { get; init; }
    public List<PtvServiceChannelLink>? ServiceChannels { get; init; }
    public string? PublishingStatus { get; init; }
    public DateTime? Modified { get; init; }
}

public sealed record PtvPhone
{
    public string? Number { get; init; }
    public string? PrefixNumber { get; init; }
    public bool IsFinnishServiceNumber { get; init; }
    public string? Language { get; init; }
    public string? AdditionalInformation { get; init; }
    public string? Type { get; init; }
}

public sealed record PtvWebPage
{
    public string? Url { get; init; }
    public string? Value { get; init; }
    public string? Language { get; init; }
}

public sealed record PtvStreetAddress
{
    public List<PtvLanguageItem>? Street { get; init; }
    public string? StreetNumber { get; init; }
    public string? PostalCode { get; init; }
    public List<PtvLanguageItem>? PostOffice { get; init; }
    public string? Latitude { get; init; }
    public string? Longitude { get; init; }
    public string? CoordinateState { get; init; }
    public PtvCodeItem? Municipality { get; init; }
}

public sealed record PtvAddress
{
    public string? Type { get; init; }
    public string? SubType { get; init; }
    public PtvStreetAddress? StreetAddress { get; init; }
}

public sealed record PtvOpeningHour
{
    public string? DayFrom { get; init; }
    public string? DayTo { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
}

public sealed record PtvServiceHour
{
    public string? ServiceHourType { get; init; }
    public DateTime? ValidFrom { get; init; }
    public DateTime? ValidTo { get; init; }
    public bool IsClosed { get; init; }
    public bool IsAlwaysOpen { get; init; }
    public List<PtvOpeningHour>? OpeningHour { get; init; }
}

public sealed record PtvChannel
{
    public string? Id { get; init; }
    public string? ServiceChannelType { get; init; }
    public List<PtvLanguageItem>? ServiceChannelNames { get; init; }
    public List<PtvLanguageItem>? ServiceChannelDescriptions { get; init; }
    public List<PtvPhone>? PhoneNumbers { get; init; }
    public List<PtvLanguageItem>? Emails { get; init; }
    public List<PtvWebPage>? WebPages { get; init; }

    /// <summary>Before v9, electronic and web page channels gave their address here; v11 uses <see cref="WebPages"/>.</summary>
    public List<PtvLanguageItem>? WebPage { get; init; }

    /// <summary>Electronic, web page and printable form channels: help lines, shown as the service's phones.</summary>
    public List<PtvPhone>? SupportPhones { get; init; }
    public List<PtvLanguageItem>? SupportEmails { get; init; }

    /// <summary>Printable form channels: the form's address per language.</summary>
    public List<PtvLanguageItem>? ChannelUrls { get; init; }
    public List<PtvAddress>? Addresses { get; init; }
    public List<PtvServiceHour>? ServiceHours { get; init; }
    public string? PublishingStatus { get; init; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    MaxDepth = 64)]
[JsonSerializable(typeof(PtvService))]
[JsonSerializable(typeof(PtvChannel))]
internal sealed partial class PtvJsonContext : JsonSerializerContext;
