namespace SahkoinenPerhekeskus.Core.Editorial;

public enum VersionState
{
    Draft = 0,
    InReview = 1,
    Published = 2,
    Unpublished = 3,
}

/// <summary>
/// One saved state of a service's content (<see cref="ServiceSnapshot"/> as JSON). The newest version is the
/// working copy the editor shows; the <see cref="Service"/> row is what the public sees once published, so a
/// draft of a published service waits here without changing the public page.
/// </summary>
public class ServiceVersion
{
    public const int MaxActorName = 256;
    public const int MaxNote = 300;

    public long Id { get; set; }
    public int ServiceId { get; set; }

    /// <summary>1, 2, 3… per service.</summary>
    public int Number { get; set; }
    public VersionState State { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? ActorId { get; set; }
    public required string ActorName { get; set; }

    /// <summary>Why this version exists: a <see cref="RecordCodes"/> code ("@published", "@restored:3") or the editor's own note.</summary>
    public string? Note { get; set; }
    public required string Snapshot { get; set; }
}

/// <summary>Who did what, when, and the state before and after. Never updated or deleted by the app.</summary>
public class AuditEntry
{
    public const int MaxAction = 64;
    public const int MaxEntityType = 32;
    public const int MaxEntityId = 64;
    public const int MaxSummary = 300;
    public const int MaxCodes = 400;

    public long Id { get; set; }
    public DateTime At { get; set; }
    public string? ActorId { get; set; }
    public required string ActorName { get; set; }

    /// <summary>An identifier such as "service.publish"; the UI localises it.</summary>
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    public string? Summary { get; set; }

    // The resource's scope at the time (see ScopeTarget), so editors can read their own part of the log.
    public int? ScopeOrganisationId { get; set; }
    public OrganisationKind? ScopeOrganisationKind { get; set; }

    /// <summary>Space-separated municipality codes.</summary>
    public string ScopeMunicipalities { get; set; } = "";
    public bool ScopeRegionWide { get; set; }

    /// <summary>JSON of the state before and after (a service snapshot, a status, a structure record).</summary>
    public string? Before { get; set; }
    public string? After { get; set; }

    public ScopeTarget Scope => new(
        ScopeOrganisationId, ScopeOrganisationKind, ScopeMunicipalities.Split(' ', StringSplitOptions.RemoveEmptyEntries), ScopeRegionWide);
}

public enum ScheduledKind
{
    Publish = 0,
    Unpublish = 1,
}

/// <summary>A publish or unpublish waiting for its time; the scheduler runs it as the account that scheduled it.</summary>
public class ScheduledAction
{
    public int Id { get; set; }
    public int ServiceId { get; set; }
    public ScheduledKind Kind { get; set; }
    public DateTime DueAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? ActorId { get; set; }
    public required string ActorName { get; set; }
}

/// <summary>An uploaded picture of a service, stored as resized WebP and JPEG variants under the media folder.</summary>
public class MediaImage
{
    public const int KeyLength = 32;

    public int Id { get; set; }

    /// <summary>Random hex: the file names, so addresses cannot be guessed or enumerated.</summary>
    public required string Key { get; set; }
    public int? ServiceId { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }

    /// <summary>Alternative text: Finnish is required; Swedish and English pages fall back to it when theirs is missing.</summary>
    public LocalizedText Alt { get; set; } = new();

    /// <summary>The widths written, e.g. [320, 640, 1280] (never wider than the original).</summary>
    public List<int> Widths { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public required string ActorName { get; set; }
}

/// <summary>
/// A synonym rule edited by a regional admin, in the syntax of content/search/synonyms-*.txt
/// ("a, b => c" or "a, b, c"). Kept in the database so that every node sees the same rules.
/// </summary>
public class SynonymEntry
{
    public const int MaxRule = 500;

    public int Id { get; set; }

    /// <summary>fi, sv or en.</summary>
    public required string Language { get; set; }
    public required string Rule { get; set; }
    public DateTime UpdatedAt { get; set; }
}
