using SahkoinenPerhekeskus.Core.Structure;
using SahkoinenPerhekeskus.Core.Taxonomy;

namespace SahkoinenPerhekeskus.Core.Catalogue;

public enum ServiceCoverage
{
    /// <summary>The listed municipalities.</summary>
    Local = 0,

    /// <summary>The listed family-centre areas.</summary>
    Areas = 1,

    /// <summary>The whole wellbeing county.</summary>
    Region = 2,

    /// <summary>The whole country: national e-services and crisis lines.</summary>
    National = 3,
}

public enum Urgency
{
    None = 0,

    /// <summary>Crisis lines and chats, shown in the urgent-help box.</summary>
    Urgent = 1,

    /// <summary>The emergency number.</summary>
    Emergency = 2,
}

public enum EntrySource
{
    Content = 0,
    Editor = 1,
    Hsds = 2,
    Ptv = 3,
}

/// <summary>One provider's concrete offering: the local entry on the regional tray.</summary>
public class Service
{
    public const int MaxPublicId = 64;
    public const int MaxSlug = 120;

    public int Id { get; set; }

    /// <summary>The stable public id used in URLs of the API (the HSDS id for imported services).</summary>
    public required string PublicId { get; set; }
    public required string Slug { get; set; }

    public int? ServiceTypeId { get; set; }
    public ServiceType? ServiceType { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }

    public LocalizedText Name { get; set; } = new();
    public LocalizedText AlternateName { get; set; } = new();
    public LocalizedText Summary { get; set; } = new();

    /// <summary>The local description in Markdown, shown together with the service type's shared one.</summary>
    public LocalizedText Description { get; set; } = new();

    public ServiceCoverage Coverage { get; set; }
    public List<Municipality> Municipalities { get; set; } = [];
    public List<Area> Areas { get; set; } = [];

    public int? MinMonths { get; set; }
    public int? MaxMonths { get; set; }
    public List<TaxonomyTerm> Needs { get; set; } = [];
    public List<TaxonomyTerm> AgeGroups { get; set; } = [];

    public bool NoReferral { get; set; }
    public LocalizedText ReferralInfo { get; set; } = new();
    public bool IsFree { get; set; }
    public LocalizedText CostInfo { get; set; } = new();

    /// <summary>ISO 639-1 codes of the languages the service is delivered in.</summary>
    public List<string> Languages { get; set; } = [];
    public Urgency Urgency { get; set; }

    public List<ServiceChannel> Channels { get; set; } = [];

    public PublicationStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? PublishedAt { get; set; }
    public DateOnly? ReviewBy { get; set; }

    public EntrySource Source { get; set; }

    /// <summary>The id in the source system (PTV id), so a later import updates rather than duplicates.</summary>
    public string? ExternalId { get; set; }

    /// <summary>
    /// The fields the next import from <see cref="Source"/> overwrites (for PTV: names, descriptions, areas, channels …),
    /// so the back office can show an editor which of their changes would not last.
    /// </summary>
    public List<string> ImportedFields { get; set; } = [];

    /// <summary>When the source last wrote this entry.</summary>
    public DateTime? ImportedAt { get; set; }

    public AgeRange Ages => new(MinMonths, MaxMonths);

    public bool IsPublished => Status == PublicationStatus.Published;
}
