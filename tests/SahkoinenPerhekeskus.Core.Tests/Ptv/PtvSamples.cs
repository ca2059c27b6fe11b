using System.Text.Json.Nodes;

namespace SahkoinenPerhekeskus.Core.Tests.Ptv;

/// <summary>Small v11 services written in tests, each a valid one unless a test breaks it.</summary>
internal static class PtvSamples
{
    public const string OrganisationId = "0a9a0000-0000-4000-8000-0000000000b1";

    public static string Id(int n) => $"5a1e{n:x4}-0000-4000-8000-000000000000";

    public static JsonObject Service(int n, string name = "Perhekahvila", string municipality = "167") => new()
    {
        ["id"] = Id(n),
        ["type"] = "Service",
        ["serviceNames"] = new JsonArray(new JsonObject { ["language"] = "fi", ["value"] = $"{name} {n}", ["type"] = "Name" }),
        ["serviceDescriptions"] = new JsonArray(new JsonObject { ["language"] = "fi", ["value"] = "Avoin kohtaamispaikka perheille.", ["type"] = "Description" }),
        ["serviceChargeType"] = "FreeOfCharge",
        ["areaType"] = "LimitedType",
        ["areas"] = new JsonArray(new JsonObject { ["type"] = "Municipality", ["code"] = municipality }),
        ["organizations"] = new JsonArray(new JsonObject
        {
            ["organization"] = new JsonObject { ["id"] = OrganisationId, ["name"] = "Joensuun kaupunki" },
            ["roleType"] = "Responsible",
        }),
        ["publishingStatus"] = "Published",
    };

    public static string Array(params JsonNode[] items) => new JsonArray([.. items.Select(i => i.DeepClone())]).ToJsonString();
}
