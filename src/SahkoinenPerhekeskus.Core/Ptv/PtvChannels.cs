using System.Globalization;
using SahkoinenPerhekeskus.Core.Hsds.Import;

namespace SahkoinenPerhekeskus.Core.Ptv;

/// <summary>
/// A service's PTV channels as the tray's channels: a service location is a visit (plus its phones, e-mails and
/// web pages), a phone channel its numbers, an electronic channel an e-service, a web page and a printable form a
/// web address. Coordinates come in ETRS-TM35FIN and are converted to WGS84.
/// </summary>
internal sealed class PtvChannels(DateOnly today, Action<string> warn)
{
    private static readonly Dictionary<string, DayOfWeek> Days = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Monday"] = DayOfWeek.Monday, ["Tuesday"] = DayOfWeek.Tuesday, ["Wednesday"] = DayOfWeek.Wednesday, ["Thursday"] = DayOfWeek.Thursday,
        ["Friday"] = DayOfWeek.Friday, ["Saturday"] = DayOfWeek.Saturday, ["Sunday"] = DayOfWeek.Sunday,
    };

    private readonly ImportedChannelList _list = new();

    public List<ServiceChannel> Build(IEnumerable<PtvChannel> channels)
    {
        foreach (var c in channels)
        {
            var name = PtvText.Name(c.ServiceChannelNames, "Name");
            var hours = Hours(c.ServiceHours);
            switch (c.ServiceChannelType)
            {
                case "ServiceLocation":
                    AddVisit(c, name, hours);
                    AddContacts(c, []);
                    break;
                case "Phone":
                    AddContacts(c, hours);
                    break;
                case "EChannel":
                    AddWeb(ChannelKind.EService, Address(c), name, hours);
                    AddSupport(c);
                    break;
                case "WebPage":
                    AddWeb(ChannelKind.Web, Address(c), name, []);
                    AddSupport(c);
                    break;
                case "PrintableForm":
                    AddWeb(ChannelKind.Web, PtvText.In(c.ChannelUrls, "fi") ?? Address(c), name, []);
                    AddSupport(c);
                    break;
                default:
                    warn($"channel {c.Id}: type '{c.ServiceChannelType}' is not one the tray shows; skipped");
                    break;
            }
        }

        return _list.Channels;
    }

    /// <summary>v11 gives the address in webPages (one per language); older versions in webPage.</summary>
    private static string? Address(PtvChannel c) =>
        HsdsText.Clean((c.WebPages ?? []).FirstOrDefault(p => string.Equals(p.Language, "fi", StringComparison.OrdinalIgnoreCase))?.Url)
        ?? HsdsText.Clean((c.WebPages ?? []).FirstOrDefault()?.Url)
        ?? PtvText.In(c.WebPage, "fi");

    /// <summary>The help lines of an e-service or form are how a family reaches a person, so they are shown as phones.</summary>
    private void AddSupport(PtvChannel c)
    {
        AddPhones(c.Id, c.SupportPhones, new LocalizedText(), []);
        foreach (var email in (c.SupportEmails ?? []).Select(e => HsdsText.Clean(e.Value)).OfType<string>())
        {
            _list.AddContact(ChannelKind.Email, email, new LocalizedText(), []);
        }
    }

    private void AddVisit(PtvChannel c, LocalizedText name, List<OpeningHours> hours)
    {
        var address = (c.Addresses ?? []).FirstOrDefault(a => a.Type == "Location" && a.StreetAddress is not null)?.StreetAddress
            ?? (c.Addresses ?? []).FirstOrDefault(a => a.StreetAddress is not null)?.StreetAddress;
        var (lat, lon) = Coordinates(c.Id, address);
        var street = address is null ? null : HsdsText.Clean($"{PtvText.In(address.Street, "fi")} {address.StreetNumber}");
        if (street is null && lat is null)
        {
            warn($"service location {c.Id} has neither a street address nor coordinates; not shown as a place to visit");
            return;
        }

        var channel = _list.AddVisit(name, hours);
        channel.Street = street is null ? null : HsdsText.Shorten(street, 200);
        channel.PostalCode = HsdsText.Clean(address?.PostalCode) is { Length: <= 10 } postal ? postal : null;
        channel.City = PtvText.City(PtvText.In(address?.PostOffice, "fi")) is { } city ? HsdsText.Shorten(city, 100) : null;
        channel.Latitude = lat;
        channel.Longitude = lon;
        channel.Accessibility = PtvText.Texts(c.ServiceChannelDescriptions, "Description");
    }

    /// <summary>PTV's "latitude" is the TM35FIN northing and "longitude" the easting, as strings.</summary>
    private (double?, double?) Coordinates(string? channelId, PtvStreetAddress? address)
    {
        if (address?.Latitude is not { } n || address.Longitude is not { } e)
        {
            return (null, null);
        }

        if (!double.TryParse(n, NumberStyles.Float, CultureInfo.InvariantCulture, out var northing)
            || !double.TryParse(e, NumberStyles.Float, CultureInfo.InvariantCulture, out var easting)
            || !Tm35Fin.IsInFinland(easting, northing))
        {
            warn($"service location {channelId}: coordinates '{n}', '{e}' are not TM35FIN coordinates in Finland; dropped");
            return (null, null);
        }

        var (lat, lon) = Tm35Fin.ToWgs84(northing, easting);
        return (Math.Round(lat, 6), Math.Round(lon, 6));
    }

    private void AddContacts(PtvChannel c, List<OpeningHours> hours)
    {
        AddPhones(c.Id, c.PhoneNumbers, PtvText.Texts(c.ServiceChannelNames, "Name", LocalizedText.MaxShort), hours);

        foreach (var email in (c.Emails ?? []).Select(e => HsdsText.Clean(e.Value)).OfType<string>())
        {
            _list.AddContact(ChannelKind.Email, email, new LocalizedText(), []);
        }

        foreach (var page in c.WebPages ?? [])
        {
            AddWeb(ChannelKind.Web, page.Url, new LocalizedText(HsdsText.Clean(page.Value) ?? ""), []);
        }
    }

    private void AddPhones(string? channelId, IEnumerable<PtvPhone>? phones, LocalizedText name, List<OpeningHours> hours)
    {
        foreach (var phone in phones ?? [])
        {
            var number = phone.IsFinnishServiceNumber ? HsdsText.Clean(phone.Number) : HsdsText.Clean($"{phone.PrefixNumber} {phone.Number}");
            if (ContactRules.NormalisePhone(number) is not { } shown)
            {
                warn($"channel {channelId}: phone '{number}' skipped: not a phone number the editor would accept");
                continue;
            }

            _list.AddContact(ChannelKind.Phone, shown, name, hours);
        }
    }

    private void AddWeb(ChannelKind kind, string? url, LocalizedText name, List<OpeningHours> hours)
    {
        if (HsdsText.Clean(url) is { } address && ContactRules.IsWebUrl(address))
        {
            _list.AddContact(kind, address, name, hours);
        }
        else if (url is not null)
        {
            warn($"web address '{url}' is not an absolute http(s) address; skipped");
        }
    }

    /// <summary>Regular weekly hours only; exceptional days and rules that have ended are left out with a warning.</summary>
    private List<OpeningHours> Hours(IEnumerable<PtvServiceHour>? serviceHours)
    {
        var result = new List<OpeningHours>();
        foreach (var h in serviceHours ?? [])
        {
            if (h.ServiceHourType is not ("DaysOfTheWeek" or "Standard" or "OverMidnight"))
            {
                warn($"service hours of type '{h.ServiceHourType}' skipped: only regular weekly hours are shown");
                continue;
            }

            if (h.IsClosed || (h.ValidTo is { } to && DateOnly.FromDateTime(to) < today))
            {
                continue;
            }

            if (h.IsAlwaysOpen)
            {
                result.AddRange(Enum.GetValues<DayOfWeek>().Select(d => new OpeningHours { Day = d, OpensMinute = 0, ClosesMinute = OpeningHours.MinutesPerDay }));
                continue;
            }

            foreach (var o in h.OpeningHour ?? [])
            {
                if (o.DayFrom is null || !Days.TryGetValue(o.DayFrom, out var from)
                    || !HsdsSchedules.TryParseTime(o.From, out var opens) || !HsdsSchedules.TryParseTime(o.To, out var closes))
                {
                    warn($"opening hour {o.DayFrom}–{o.DayTo} {o.From}–{o.To} skipped: not a day and HH:MM:SS times");
                    continue;
                }

                var last = o.DayTo is { Length: > 0 } dayTo && Days.TryGetValue(dayTo, out var until) ? until : from;
                closes = closes == 0 ? OpeningHours.MinutesPerDay : closes;
                for (var day = from; ; day = (DayOfWeek)(((int)day + 1) % 7))
                {
                    HsdsSchedules.AddInterval(result, day, opens, closes);

                    if (day == last)
                    {
                        break;
                    }
                }
            }
        }

        return result;
    }
}
