using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using SahkoinenPerhekeskus.Core.Catalogue;

namespace SahkoinenPerhekeskus.Web.Pages.Palvelut;

/// <summary>
/// schema.org JSON-LD for a service page: a WebPage (language, updated date) whose main entity is the Service with its
/// provider, area, audience, cost and channels. It goes into a <c>&lt;script type="application/ld+json"&gt;</c> data
/// block, which browsers never execute, so the CSP's <c>script-src 'self'</c> does not apply (verified in Chromium by
/// the browser tests).
/// </summary>
public static class ServiceJsonLd
{
    // Escapes <, >, &, ' and + as \uXXXX, so no "</script>" or "<!--" can end the data block early.
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <param name="service">The service, with its type, organisation, places, age groups and channels loaded.</param>
    /// <param name="lang">The page's language code; texts fall back to Finnish.</param>
    /// <param name="pageUrl">The absolute URL of the page.</param>
    /// <param name="regionName">The region's name, for region-wide services.</param>
    public static string Build(Service service, string lang, string pageUrl, string regionName)
    {
        ArgumentNullException.ThrowIfNull(service);
        var entity = new JsonObject
        {
            ["@type"] = service.Organisation?.Kind is OrganisationKind.WellbeingCounty or OrganisationKind.Municipality ? "GovernmentService" : "Service",
            ["@id"] = pageUrl + "#palvelu",
            ["name"] = service.Name[lang],
            ["url"] = pageUrl,
        };
        AddText(entity, "description", service.Summary, lang);
        AddText(entity, "serviceType", service.ServiceType?.Name, lang);
        if (service.Organisation is { } organisation)
        {
            var provider = new JsonObject
            {
                ["@type"] = organisation.Kind is OrganisationKind.WellbeingCounty or OrganisationKind.Municipality or OrganisationKind.National
                    ? "GovernmentOrganization"
                    : "Organization",
                ["name"] = organisation.Name[lang],
            };
            if (IsWebUrl(organisation.Url))
            {
                provider["url"] = organisation.Url;
            }

            entity["provider"] = provider;
        }

        entity["areaServed"] = AreaServed(service, lang, regionName);
        if (service.AgeGroups.Count > 0)
        {
            entity["audience"] = new JsonArray([.. service.AgeGroups.Select(g => (JsonNode)new JsonObject
            {
                ["@type"] = "PeopleAudience",
                ["audienceType"] = g.Name[lang],
            })]);
        }

        if (service.IsFree)
        {
            entity["offers"] = new JsonObject { ["@type"] = "Offer", ["price"] = "0", ["priceCurrency"] = "EUR" };
        }

        var channels = new JsonArray();
        foreach (var channel in service.Channels)
        {
            if (Channel(channel, service.Languages, lang) is { } node)
            {
                channels.Add(node);
            }
        }

        if (channels.Count > 0)
        {
            entity["availableChannel"] = channels;
        }

        var page = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "WebPage",
            ["url"] = pageUrl,
            ["inLanguage"] = lang,
            ["dateModified"] = service.UpdatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["mainEntity"] = entity,
        };
        return page.ToJsonString(Options);
    }

    private static JsonNode AreaServed(Service service, string lang, string regionName) => service.Coverage switch
    {
        ServiceCoverage.National => new JsonObject { ["@type"] = "Country", ["name"] = "Suomi", ["identifier"] = "FI" },
        ServiceCoverage.Region => new JsonObject { ["@type"] = "AdministrativeArea", ["name"] = regionName },
        ServiceCoverage.Areas => new JsonArray([.. service.Areas.Select(a => (JsonNode)new JsonObject { ["@type"] = "AdministrativeArea", ["name"] = a.Name[lang] })]),
        _ => new JsonArray([.. service.Municipalities.Select(m => (JsonNode)new JsonObject { ["@type"] = "City", ["name"] = m.Name[lang], ["identifier"] = m.Code })]),
    };

    private static JsonObject? Channel(ServiceChannel channel, List<string> languages, string lang)
    {
        var node = new JsonObject { ["@type"] = "ServiceChannel" };
        AddText(node, "name", channel.Name, lang);
        if (languages.Count > 0)
        {
            node["availableLanguage"] = new JsonArray([.. languages.Select(code => (JsonNode)JsonValue.Create(code))]);
        }

        switch (channel.Kind)
        {
            case ChannelKind.Phone when !string.IsNullOrWhiteSpace(channel.Value):
                var contact = new JsonObject { ["@type"] = "ContactPoint", ["telephone"] = channel.Value };
                AddHours(contact, "hoursAvailable", channel.Hours);
                node["servicePhone"] = contact;
                break;
            case ChannelKind.Email when !string.IsNullOrWhiteSpace(channel.Value):
                node["servicePhone"] = new JsonObject { ["@type"] = "ContactPoint", ["email"] = channel.Value };
                break;
            case ChannelKind.Visit:
                var place = new JsonObject
                {
                    ["@type"] = "Place",
                    ["address"] = new JsonObject
                    {
                        ["@type"] = "PostalAddress",
                        ["streetAddress"] = channel.Street,
                        ["postalCode"] = channel.PostalCode,
                        ["addressLocality"] = channel.City,
                        ["addressCountry"] = "FI",
                    },
                };
                if (channel.Latitude is { } lat && channel.Longitude is { } lon)
                {
                    place["geo"] = new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = lat, ["longitude"] = lon };
                }

                AddHours(place, "openingHoursSpecification", channel.Hours);
                node["serviceLocation"] = place;
                break;
            case ChannelKind.Chat or ChannelKind.EService or ChannelKind.Web when IsWebUrl(channel.Value):
                node["serviceUrl"] = channel.Value;
                AddHours(node, "hoursAvailable", channel.Hours);
                break;
            default:
                return null;
        }

        return node;
    }

    private static void AddHours(JsonObject target, string property, List<OpeningHours> hours)
    {
        if (hours.Count == 0)
        {
            return;
        }

        target[property] = new JsonArray([.. OpenNow.Rows(hours).Select(row => (JsonNode)new JsonObject
        {
            ["@type"] = "OpeningHoursSpecification",
            ["dayOfWeek"] = new JsonArray([.. Days(row.From, row.To).Select(d => (JsonNode)JsonValue.Create("https://schema.org/" + d))]),
            ["opens"] = OpeningHours.FormatMinute(row.Opens),
            ["closes"] = row.Closes >= OpeningHours.MinutesPerDay ? "23:59" : OpeningHours.FormatMinute(row.Closes),
        })]);
    }

    private static DayOfWeek[] Days(DayOfWeek from, DayOfWeek to)
    {
        var start = Array.IndexOf(OpenNow.MondayFirst, from);
        var end = Array.IndexOf(OpenNow.MondayFirst, to);
        return OpenNow.MondayFirst[start..(end + 1)];
    }

    private static void AddText(JsonObject target, string property, LocalizedText? text, string lang)
    {
        if (text is not null && !text.IsEmpty)
        {
            target[property] = text[lang];
        }
    }

    private static bool IsWebUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
