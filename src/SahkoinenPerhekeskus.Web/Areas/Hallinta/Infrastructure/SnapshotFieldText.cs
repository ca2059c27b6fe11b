namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Infrastructure;

/// <summary>
/// What an editor reads for a snapshot field: "Kanava 2: nimi (ruotsi)" rather than "Channels[1].Name.sv", and
/// "Puhelin", "Joensuu" or "Kyllä" rather than the stored "Phone", "167" or "true". Used by validation messages,
/// the version diff and the audit entry's diff.
/// </summary>
public sealed class SnapshotFieldText(HallintaText text, EditorialReferenceData? reference = null)
{
    /// <summary>"Channels[1].Name.sv" → "Kanava 2: nimi (ruotsi)".</summary>
    public string Label(string field)
    {
        var (channel, rest) = SplitChannel(field);
        var prefix = channel is { } n ? text["Field.ChannelNumber", n + 1] + ": " : "";
        var dot = rest.LastIndexOf('.');
        var lang = dot > 0 ? rest[(dot + 1)..].ToLowerInvariant() : "";
        if (lang is "fi" or "sv" or "en")
        {
            return prefix + text["Field." + rest[..dot]] + " (" + text["Language." + lang] + ")";
        }

        return prefix + text["Field." + rest];
    }

    /// <summary>A stored value as the editor's form would show it; unknown codes (say, a removed term) stay as they are.</summary>
    public string Value(string field, string value)
    {
        if (value.Length == 0)
        {
            return value;
        }

        var (channel, rest) = SplitChannel(field);
        if (channel is not null)
        {
            return rest == "Kind" ? Known("ChannelKind." + value, value) : value;
        }

        return rest switch
        {
            "Coverage" => Known("Coverage." + value, value),
            "Urgency" => Known("Urgency." + value, value),
            "NoReferral" or "IsFree" => value == "true" ? text["Versions.Yes"] : text["Versions.No"],
            "ServiceType" => reference?.ServiceTypes.GetValueOrDefault(value)?.Name.Fi ?? value,
            "Organisation" => reference?.Organisations.GetValueOrDefault(value)?.Name.Fi ?? value,
            "Municipalities" => List(value, code => reference?.Municipalities.GetValueOrDefault(code)?.Name.Fi),
            "Areas" => List(value, code => reference?.AreaList.FirstOrDefault(a => a.Code == code)?.Name.Fi),
            "Needs" => List(value, code => reference?.Needs.GetValueOrDefault(code)?.Name.Fi),
            "AgeGroups" => List(value, code => reference?.AgeGroups.GetValueOrDefault(code)?.Name.Fi),
            "Languages" => List(value, LanguageNames.Native),
            _ => value,
        };
    }

    private string Known(string key, string fallback)
    {
        var s = text[key];
        return s == key ? fallback : s;
    }

    private static string List(string value, Func<string, string?> name) =>
        string.Join(", ", value.Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(code => name(code) ?? code));

    private static (int? Channel, string Field) SplitChannel(string field)
    {
        if (field.StartsWith("Channels[", StringComparison.Ordinal))
        {
            var end = field.IndexOf(']', StringComparison.Ordinal);
            if (end > 9 && int.TryParse(field.AsSpan(9, end - 9), out var n) && field.Length > end + 2)
            {
                return (n, field[(end + 2)..]);
            }
        }

        return (null, field);
    }
}
