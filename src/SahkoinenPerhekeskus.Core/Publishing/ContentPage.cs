using SahkoinenPerhekeskus.Core.Structure;

namespace SahkoinenPerhekeskus.Core.Publishing;

public enum PageKind
{
    Static = 0,
    Article = 1,
    News = 2,
}

/// <summary>An article, news item or static page (operating plan, accessibility statement, privacy notice).</summary>
public class ContentPage
{
    public const int MaxSlug = 120;

    public int Id { get; set; }
    public required string Slug { get; set; }
    public PageKind Kind { get; set; }
    public LocalizedText Title { get; set; } = new();
    public LocalizedText Summary { get; set; } = new();

    /// <summary>Markdown; rendered through the sanitiser.</summary>
    public LocalizedText Body { get; set; } = new();
    public PublicationStatus Status { get; set; }
    public DateTime? PublishedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Set for a municipality's own news, which that municipality's editors may keep.</summary>
    public int? MunicipalityId { get; set; }
    public Municipality? Municipality { get; set; }
}
