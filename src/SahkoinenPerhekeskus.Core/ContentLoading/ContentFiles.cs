using System.Globalization;
using System.Text.RegularExpressions;
using SahkoinenPerhekeskus.Core.Publishing;

namespace SahkoinenPerhekeskus.Core.ContentLoading;

public sealed record PageFile(string Slug, PageKind Kind, LocalizedText Title, LocalizedText Summary, LocalizedText Body, DateOnly? Published);

/// <summary>Every content file, read and cross-checked. Constructing one proves the content is loadable.</summary>
public sealed partial class ContentFiles
{
    private static readonly string[] Languages = ["fi", "sv", "en"];

    private readonly List<ContentError> _errors = [];

    public required RegionFile Region { get; init; }
    public required List<TermDto> Needs { get; init; }
    public required List<TermDto> AgeGroups { get; init; }
    public required List<OrganisationDto> Organisations { get; init; }
    public required List<ServiceTypeDto> ServiceTypes { get; init; }
    public required List<(string File, ServiceDto Dto)> Services { get; init; }
    public required List<PageFile> Pages { get; init; }

    public static ContentFiles Read(ContentReader reader)
    {
        var services = new List<(string, ServiceDto)>();
        foreach (var path in reader.Files("services", "*.json"))
        {
            var relative = Path.GetRelativePath(reader.ContentDirectory, path);
            services.AddRange(reader.Read<List<ServiceDto>>(relative).Select(s => (reader.Relative(path), s)));
        }

        var files = new ContentFiles
        {
            Region = reader.Read<RegionFile>("region.json"),
            Needs = reader.Read<List<TermDto>>(Path.Combine("taxonomies", "needs.json")),
            AgeGroups = reader.Read<List<TermDto>>(Path.Combine("taxonomies", "age-groups.json")),
            Organisations = reader.Read<List<OrganisationDto>>("organisations.json"),
            ServiceTypes = reader.Read<List<ServiceTypeDto>>("service-types.json"),
            Services = services,
            Pages = ReadPages(reader),
        };
        new ContentValidator(files).Validate(files._errors);
        if (files._errors.Count > 0)
        {
            throw new ContentLoadException(files._errors);
        }

        return files;
    }

    private static List<PageFile> ReadPages(ContentReader reader)
    {
        var pagesDir = Path.Combine(reader.ContentDirectory, "pages");
        if (!Directory.Exists(pagesDir))
        {
            return [];
        }

        var pages = new List<PageFile>();
        foreach (var dir in Directory.EnumerateDirectories(pagesDir).Order(StringComparer.Ordinal))
        {
            var slug = Path.GetFileName(dir);
            var shownDir = reader.Relative(dir);
            if (!SlugPattern().IsMatch(slug))
            {
                throw new ContentLoadException(shownDir, "(folder name)", "a page slug uses only a–z, 0–9 and '-'");
            }

            var fiPath = Path.Combine(dir, "fi.md");
            if (!File.Exists(fiPath))
            {
                throw new ContentLoadException(shownDir, "fi.md", "every page needs a Finnish version");
            }

            var parts = Languages.ToDictionary(l => l, l => ReadPageLanguage(reader, Path.Combine(dir, l + ".md")));
            var fi = parts["fi"]!.Value;
            var shown = reader.Relative(fiPath);
            var kindText = fi.Fields.GetValueOrDefault("kind") ?? "static";
            if (!ContentCodes.PageKinds.TryGetValue(kindText, out var kind))
            {
                throw new ContentLoadException(shown, "kind", $"'{kindText}' is not one of {string.Join(", ", ContentCodes.PageKinds.Keys)}");
            }

            DateOnly? published = null;
            if (fi.Fields.TryGetValue("published", out var p))
            {
                if (!DateOnly.TryParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    throw new ContentLoadException(shown, "published", $"'{p}' is not a date of the form 2026-09-01");
                }

                published = d;
            }

            LocalizedText Field(string key) => new(
                parts["fi"]?.Fields.GetValueOrDefault(key) ?? "",
                parts["sv"]?.Fields.GetValueOrDefault(key),
                parts["en"]?.Fields.GetValueOrDefault(key));

            var title = Field("title");
            if (string.IsNullOrWhiteSpace(title.Fi))
            {
                throw new ContentLoadException(shown, "title", "the title is required");
            }

            var body = new LocalizedText(fi.Body, parts["sv"]?.Body, parts["en"]?.Body);
            pages.Add(new PageFile(slug, kind, title, Field("summary"), body, published));
        }

        return pages;
    }

    private static (IReadOnlyDictionary<string, string> Fields, string Body)? ReadPageLanguage(ContentReader reader, string path) =>
        File.Exists(path) ? FrontMatter.Parse(File.ReadAllText(path), reader.Relative(path)) : null;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    internal static partial Regex SlugPattern();
}
