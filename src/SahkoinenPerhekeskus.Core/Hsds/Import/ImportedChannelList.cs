namespace SahkoinenPerhekeskus.Core.Hsds.Import;

/// <summary>
/// The channels an import builds for one service, in display order. A contact (phone, web address, e-mail) is kept
/// once even when the source repeats it; places to visit are all kept. Shared by the HSDS and PTV importers.
/// </summary>
internal sealed class ImportedChannelList
{
    private readonly HashSet<(ChannelKind, string)> _seen = [];

    public List<ServiceChannel> Channels { get; } = [];

    /// <summary>Adds a contact unless it is already there: phones compare by their digits, other values case-insensitively.</summary>
    public void AddContact(ChannelKind kind, string value, LocalizedText name, List<OpeningHours> hours)
    {
        var key = kind == ChannelKind.Phone ? new string([.. value.Where(char.IsAsciiDigit)]) : value.ToLowerInvariant();
        if (_seen.Add((kind, key)))
        {
            Channels.Add(New(kind, value, name, hours));
        }
    }

    /// <summary>Adds a place to visit and returns it for the caller to fill in its address and coordinates.</summary>
    public ServiceChannel AddVisit(LocalizedText name, List<OpeningHours> hours)
    {
        var channel = New(ChannelKind.Visit, null, name, hours);
        Channels.Add(channel);
        return channel;
    }

    private ServiceChannel New(ChannelKind kind, string? value, LocalizedText name, List<OpeningHours> hours) => new()
    {
        Kind = kind,
        SortOrder = Channels.Count,
        Value = value,
        Name = name,

        // Each channel owns its rows, even when several share the service's hours.
        Hours = [.. hours.Select(h => new OpeningHours { Day = h.Day, OpensMinute = h.OpensMinute, ClosesMinute = h.ClosesMinute })],
    };
}
