using System.Text.Json;
using System.Text.Json.Serialization;
using SahkoinenPerhekeskus.Core.Hsds.Import;
using SahkoinenPerhekeskus.Core.Taxonomy;

namespace SahkoinenPerhekeskus.Core.Ptv;

/// <summary>What a PTV code means on the tray: needs (tarve) and age groups (ikä) by code.</summary>
public sealed record PtvTermMapping
{
    public List<string> Needs { get; init; } = [];
    public List<string> AgeGroups { get; init; } = [];
}

/// <summary>
/// content/ptv-mapping.json: PTV general descriptions → the region's service types, and PTV target groups,
/// service classes and life events → the tray's needs and age groups. Kept as content so the region can correct
/// it without a release.
/// </summary>
public sealed record PtvMapping
{
    public Dictionary<string, string> GeneralDescriptions { get; init; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, PtvTermMapping> TargetGroups { get; init; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, PtvTermMapping> ServiceClasses { get; init; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, PtvTermMapping> LifeEvents { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Codes the mapping names that the region does not have; a mapping like that would link nothing.</summary>
    internal List<string> Problems(HsdsReferences refs)
    {
        var problems = new List<string>();
        foreach (var (table, codes) in new[] { ("targetGroups", TargetGroups), ("serviceClasses", ServiceClasses), ("lifeEvents", LifeEvents) })
        {
            foreach (var (code, terms) in codes)
            {
                problems.AddRange(terms.Needs.Where(n => !refs.Terms.ContainsKey((TaxonomyKind.Need, n))).Select(n => $"{table}.{code}: need '{n}'"));
                problems.AddRange(terms.AgeGroups.Where(a => !refs.Terms.ContainsKey((TaxonomyKind.AgeGroup, a))).Select(a => $"{table}.{code}: age group '{a}'"));
            }
        }

        problems.AddRange(GeneralDescriptions.Where(g => !refs.ServiceTypes.ContainsKey(g.Value)).Select(g => $"generalDescriptions.{g.Key}: service type '{g.Value}'"));
        return problems;
    }

    public static PtvMapping Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new PtvImportException($"the PTV mapping file {path} does not exist");
        }

        try
        {
            var mapping = JsonSerializer.Deserialize(File.ReadAllText(path), PtvMappingContext.Default.PtvMapping) ?? new PtvMapping();

            // JSON gives ordinal dictionaries; PTV codes and ids are compared without case.
            return mapping with
            {
                GeneralDescriptions = new(mapping.GeneralDescriptions, StringComparer.OrdinalIgnoreCase),
                TargetGroups = new(mapping.TargetGroups, StringComparer.OrdinalIgnoreCase),
                ServiceClasses = new(mapping.ServiceClasses, StringComparer.OrdinalIgnoreCase),
                LifeEvents = new(mapping.LifeEvents, StringComparer.OrdinalIgnoreCase),
            };
        }
        catch (JsonException e)
        {
            throw new PtvImportException($"the PTV mapping file {path} is not valid: {e.Message}", e);
        }
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(PtvMapping))]
internal sealed partial class PtvMappingContext : JsonSerializerContext;

/// <summary>The input as a whole cannot be imported; nothing was changed.</summary>
public sealed class PtvImportException : Exception
{
    public PtvImportException()
        : this("the PTV input could not be imported")
    {
    }

    public PtvImportException(string message)
        : base("The PTV import changed nothing: " + message)
    {
    }

    public PtvImportException(string message, Exception innerException)
        : base("The PTV import changed nothing: " + message, innerException)
    {
    }
}
