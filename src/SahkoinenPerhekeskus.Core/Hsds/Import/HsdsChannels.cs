namespace SahkoinenPerhekeskus.Core.Hsds.Import;

/// <summary>
/// The ways to reach a service, in display order: places (visit, or the web address of a virtual location), phone
/// lines, the service's web address and e-mail. Values that cannot be shown are dropped with a warning; the
/// service itself is still imported.
/// </summary>
internal sealed class HsdsChannels(string lang, DateOnly today, Action<string> warn)
{
    private readonly ImportedChannelList _list = new();

    public List<ServiceChannel> Build(HsdsService s)
    {
        var schedules = s.Schedules ?? [];

        // Schedules tied to a place belong to that place; the rest describe the service as a whole.
        var general = schedules.Where(x => x.LocationId is null && x.ServiceAtLocationId is null).ToList();
        var serviceHours = HsdsSchedules.ToHours(general, today, warn);
        var visits = 0;
        foreach (var sal in s.ServiceAtLocations ?? [])
        {
            if (sal.Location is not { } location)
            {
                warn("service_at_location without a nested location skipped");
                continue;
            }

            var own = (sal.Schedules ?? []).Concat(location.Schedules ?? [])
                .Concat(schedules.Where(x => (x.ServiceAtLocationId is not null && x.ServiceAtLocationId == sal.Id)
                    || (x.LocationId is not null && x.LocationId == location.Id)))
                .ToList();
            var hours = own.Count > 0 ? HsdsSchedules.ToHours(own, today, warn) : serviceHours;
            visits += AddLocation(location, hours, own.Count > 0) ? 1 : 0;
            foreach (var phone in (sal.Phones ?? []).Concat(location.Phones ?? []))
            {
                AddPhone(phone, []);
            }
        }

        // Without a place to visit, the service's hours are when its phone (or else its chat) answers.
        var phones = s.Phones ?? [];
        foreach (var phone in phones)
        {
            AddPhone(phone, visits == 0 ? serviceHours : []);
        }

        if (HsdsText.Clean(s.Url) is { } url)
        {
            var kind = HsdsProfileReader.ChannelKindOf(s.Attributes) ?? HsdsHeuristics.WebKind(url, s.Name);
            _list.AddContact(kind, url, new LocalizedText(), kind == ChannelKind.Chat && visits == 0 && phones.Count == 0 ? serviceHours : []);
        }

        if (HsdsText.Clean(s.Email) is { } email)
        {
            _list.AddContact(ChannelKind.Email, email, new LocalizedText(), []);
        }

        return _list.Channels;
    }

    /// <param name="ownHours">The hours are the location's own, not the service's; only those fit a chat or e-service.</param>
    private bool AddLocation(HsdsLocation location, List<OpeningHours> hours, bool ownHours)
    {
        var name = HsdsText.In(lang, Fit(location.Name, LocalizedText.MaxShort, "location name"));
        if (string.Equals(location.LocationType, "virtual", StringComparison.OrdinalIgnoreCase))
        {
            if (HsdsText.Clean(location.Url) is { } url && ContactRules.IsWebUrl(url))
            {
                _list.AddContact(HsdsProfileReader.ChannelKindOf(location.Attributes) ?? HsdsHeuristics.WebKind(url, location.Name), url, name, ownHours ? hours : []);
            }

            return false;
        }

        var address = (location.Addresses ?? []).FirstOrDefault(a => a.AddressType is null or "physical")
            ?? location.Addresses?.FirstOrDefault();
        var (lat, lon) = (location.Latitude, location.Longitude);
        if (lat is not (>= -90 and <= 90) || lon is not (>= -180 and <= 180))
        {
            if (lat is not null || lon is not null)
            {
                warn($"location '{location.Name}': coordinates {lat}, {lon} dropped (out of range or only one given)");
            }

            (lat, lon) = (null, null);
        }

        var street = Fit(address?.Address1, 200, "street");
        if (street is null && lat is null)
        {
            warn($"location '{location.Name}' has neither an address nor coordinates; not shown as a place to visit");
            return false;
        }

        var accessibility = HsdsText.Paragraphs([.. (location.Accessibility ?? []).SelectMany(a => new[] { a.Description, a.Details })]);
        var channel = _list.AddVisit(name, hours);
        channel.Street = street;
        channel.PostalCode = Fit(address?.PostalCode, 10, "postal code");
        channel.City = Fit(address?.City, 100, "city");
        channel.Latitude = lat;
        channel.Longitude = lon;
        channel.Accessibility = HsdsText.In(lang, Fit(accessibility, HsdsText.MaxText, "accessibility"));
        return true;
    }

    private void AddPhone(HsdsPhone phone, List<OpeningHours> fallbackHours)
    {
        var number = HsdsText.Clean(phone.Number);
        if (string.Equals(phone.Type, "fax", StringComparison.OrdinalIgnoreCase))
        {
            warn($"fax number {number} skipped");
            return;
        }

        if (ContactRules.NormalisePhone(number) is not { } shown)
        {
            warn($"phone '{number}' skipped: not a phone number the editor would accept (like 013 123 4567 or +358 40 123 4567)");
            return;
        }

        number = shown;

        if (HsdsText.Clean(phone.Extension) is { } extension)
        {
            // A tel: link cannot carry an extension; families dial it after connecting, so it is not lost from view.
            warn($"phone {number}: extension {extension} not kept");
        }

        var hours = phone.Schedules is { Count: > 0 } own ? HsdsSchedules.ToHours(own, today, warn) : fallbackHours;
        _list.AddContact(ChannelKind.Phone, number, HsdsText.In(lang, Fit(phone.Description, LocalizedText.MaxShort, "phone description")), hours);
    }


    private string? Fit(string? value, int max, string what)
    {
        var text = HsdsText.Clean(value);
        if (text is not null && text.Length > max)
        {
            warn($"{what} longer than {max} characters shortened");
            return HsdsText.Shorten(text, max);
        }

        return text;
    }
}
