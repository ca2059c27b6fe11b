namespace SahkoinenPerhekeskus.Core.Catalogue;

public enum ChannelKind
{
    Visit = 0,
    Phone = 1,
    Chat = 2,
    EService = 3,
    Web = 4,
    Email = 5,
}

/// <summary>One way to reach a service: a visiting address, a phone line, a chat, an e-service, a web page or e-mail.</summary>
public class ServiceChannel
{
    public const int MaxValue = 500;

    public int Id { get; set; }
    public int ServiceId { get; set; }
    public ChannelKind Kind { get; set; }
    public int SortOrder { get; set; }
    public LocalizedText Name { get; set; } = new();

    /// <summary>Phone number, URL or e-mail address, depending on <see cref="Kind"/>.</summary>
    public string? Value { get; set; }

    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public LocalizedText Accessibility { get; set; } = new();
    public List<OpeningHours> Hours { get; set; } = [];
}

/// <summary>
/// A weekly opening-hours rule in Europe/Helsinki local time. Minutes since midnight rather than TimeOnly,
/// because "until midnight" (1440) has no TimeOnly value.
/// </summary>
public class OpeningHours
{
    public const int MinutesPerDay = 24 * 60;

    public int Id { get; set; }
    public int ServiceChannelId { get; set; }
    public DayOfWeek Day { get; set; }
    public int OpensMinute { get; set; }
    public int ClosesMinute { get; set; }

    public bool IsValid => OpensMinute is >= 0 and < MinutesPerDay && ClosesMinute > OpensMinute && ClosesMinute <= MinutesPerDay;

    public bool IsOpenAt(DayOfWeek day, int minuteOfDay) => day == Day && minuteOfDay >= OpensMinute && minuteOfDay < ClosesMinute;

    public static string FormatMinute(int minute) => $"{minute / 60:00}:{minute % 60:00}";
}
