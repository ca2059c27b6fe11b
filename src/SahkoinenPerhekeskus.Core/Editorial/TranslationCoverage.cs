using SahkoinenPerhekeskus.Core.Structure;

namespace SahkoinenPerhekeskus.Core.Editorial;

/// <summary>A text of a service that families read, by the name the editor's form gives it.</summary>
public enum TranslatedField
{
    Name,
    Summary,
    Description,
    SharedDescription,
}

/// <summary>One service and the texts it lacks in Swedish and in English (empty lists: fully translated).</summary>
public sealed record TranslationGap(ServiceRow Row, IReadOnlyList<TranslatedField> MissingSv, IReadOnlyList<TranslatedField> MissingEn)
{
    public bool IsComplete => MissingSv.Count == 0 && MissingEn.Count == 0;
}

/// <summary>The services of one municipality (or of the whole region, or the country) and their gaps.</summary>
public sealed record TranslationGroup(string Key, LocalizedText Name, IReadOnlyList<TranslationGap> Services)
{
    public int Total => Services.Count;

    public int MissingSv => Services.Count(s => s.MissingSv.Count > 0);

    public int MissingEn => Services.Count(s => s.MissingEn.Count > 0);
}

/// <summary>
/// Which services show a Finnish text to Swedish or English readers, grouped by municipality so that each municipal
/// editor sees their own list. A service serving several municipalities appears under each; region-wide and national
/// services form groups of their own. The shared description counts as well: a family sees it on the same page.
/// </summary>
public static class TranslationCoverage
{
    public const string RegionKey = "alue";
    public const string NationalKey = "valtakunnallinen";

    public static IReadOnlyList<TranslationGroup> Build(
        IEnumerable<ServiceRow> rows, IReadOnlyList<Municipality> municipalities, LocalizedText regionName, LocalizedText nationalName)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(municipalities);
        var byArea = municipalities.ToLookup(m => m.AreaId);
        var groups = new Dictionary<string, (LocalizedText Name, List<TranslationGap> Gaps)>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var gap = GapOf(row);
            foreach (var (key, name) in GroupsOf(row.Service, byArea, regionName, nationalName))
            {
                if (!groups.TryGetValue(key, out var group))
                {
                    group = (name, []);
                    groups[key] = group;
                }

                group.Gaps.Add(gap);
            }
        }

        // Municipalities first by name, then the region, then the country.
        return [.. groups
            .OrderBy(g => g.Key == NationalKey ? 2 : g.Key == RegionKey ? 1 : 0)
            .ThenBy(g => g.Value.Name.Fi, StringComparer.Ordinal)
            .Select(g => new TranslationGroup(g.Key, g.Value.Name, [.. g.Value.Gaps.OrderBy(x => x.Row.Service.Name.Fi, StringComparer.Ordinal)]))];
    }

    public static TranslationGap GapOf(ServiceRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new TranslationGap(row, Missing(row.Service, "sv"), Missing(row.Service, "en"));
    }

    private static List<TranslatedField> Missing(Service s, string lang)
    {
        var missing = new List<TranslatedField>();
        Check(s.Name, TranslatedField.Name);
        Check(s.Summary, TranslatedField.Summary);
        Check(s.Description, TranslatedField.Description);
        if (s.ServiceType is { } type)
        {
            Check(type.Description, TranslatedField.SharedDescription);
        }

        return missing;

        // An empty Finnish text is not a gap: there is nothing to translate.
        void Check(LocalizedText text, TranslatedField field)
        {
            if (!text.IsEmpty && !string.IsNullOrWhiteSpace(text.Fi) && text.Exact(lang) is null)
            {
                missing.Add(field);
            }
        }
    }

    private static IEnumerable<(string Key, LocalizedText Name)> GroupsOf(
        Service s, ILookup<int, Municipality> byArea, LocalizedText regionName, LocalizedText nationalName)
    {
        switch (s.Coverage)
        {
            case ServiceCoverage.National:
                yield return (NationalKey, nationalName);
                break;
            case ServiceCoverage.Local when s.Municipalities.Count > 0:
                foreach (var m in s.Municipalities)
                {
                    yield return (m.Code, m.Name);
                }

                break;
            case ServiceCoverage.Areas when s.Areas.Count > 0:
                foreach (var m in s.Areas.SelectMany(a => byArea[a.Id]).DistinctBy(m => m.Id))
                {
                    yield return (m.Code, m.Name);
                }

                break;
            default:
                yield return (RegionKey, regionName);
                break;
        }
    }
}
