using System.Text.RegularExpressions;

namespace SahkoinenPerhekeskus.Core.ContentLoading;

/// <summary>Checks one channel of a service: the value its kind needs, coordinates and opening hours.</summary>
internal sealed partial class ChannelValidator(ContentValidator v, string file, string at)
{
    public void Validate(ChannelDto c)
    {
        if (!ContentCodes.ChannelKinds.TryGetValue(c.Kind, out var kind))
        {
            v.Error(file, at + ".kind", $"'{c.Kind}' is not one of {string.Join(", ", ContentCodes.ChannelKinds.Keys)}");
            return;
        }

        switch (kind)
        {
            case ChannelKind.Phone:
                v.Check(ContactRules.IsPhone(c.Number), file, at + ".number", $"'{c.Number}' is not a phone number (like 013 123 4567, +358 40 123 4567 or 116 117)");
                break;
            case ChannelKind.Email:
                v.Check(ContactRules.IsEmail(c.Email), file, at + ".email", $"'{c.Email}' is not an e-mail address");
                break;
            case ChannelKind.Visit:
                v.Check(!string.IsNullOrWhiteSpace(c.Street) && !string.IsNullOrWhiteSpace(c.City), file, at + ".street", "a visiting address needs street and city");
                v.Check(c.PostalCode is null || PostalPattern().IsMatch(c.PostalCode), file, at + ".postalCode", $"'{c.PostalCode}' is not a five-digit postal code");
                break;
            default:
                v.Check(ContactRules.IsWebUrl(c.Url), file, at + ".url", $"'{c.Url}' is not an http(s) address");
                break;
        }

        v.Check(c.Lat is null or (>= -90 and <= 90), file, at + ".lat", "latitude must be between -90 and 90");
        v.Check(c.Lon is null or (>= -180 and <= 180), file, at + ".lon", "longitude must be between -180 and 180");
        v.Check((c.Lat is null) == (c.Lon is null), file, at + ".lon", "give both lat and lon, or neither");
        for (var h = 0; h < c.Hours.Count; h++)
        {
            var hours = c.Hours[h];
            var field = $"{at}.hours[{h}]";
            v.Check(HoursParser.TryParseDays(hours.Days, out _), file, field + ".days", $"'{hours.Days}' is not like mon-fri, mon,wed or sat");
            var opens = HoursParser.TryParseMinute(hours.Opens, out var o);
            var closes = HoursParser.TryParseMinute(hours.Closes, out var cl);
            v.Check(opens && o < OpeningHours.MinutesPerDay, file, field + ".opens", $"'{hours.Opens}' is not a time like 08:00");
            v.Check(closes, file, field + ".closes", $"'{hours.Closes}' is not a time like 16:00 (24:00 for midnight)");
            v.Check(!opens || !closes || cl > o, file, field + ".closes", "closing time must be after opening time");
        }
    }

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex PostalPattern();
}
