namespace SahkoinenPerhekeskus.Core;

/// <summary>Settings under the "Perhekeskus" configuration section.</summary>
public sealed class PerhekeskusOptions
{
    public const string Section = "Perhekeskus";

    /// <summary>Holds the SQLite file, the search index and media. Relative paths resolve against the working directory.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>The shared structure and demo content; found next to the repository root when not set.</summary>
    public string? ContentDirectory { get; set; }

    /// <summary>Uploaded images; default <c>media/</c> in the data directory. N nodes point it at one shared volume.</summary>
    public string? MediaDirectory { get; set; }

    public DatabaseOptions Database { get; set; } = new();

    /// <summary>Load content/ into an empty database at start-up.</summary>
    public bool SeedContent { get; set; }

    public PtvOptions Ptv { get; set; } = new();
}

/// <summary>The Suomi.fi Service Catalogue (PTV) source of `import-ptv` when it is given no file.</summary>
public sealed class PtvOptions
{
    /// <summary>An Open API v11 address returning services or channels (a page object is followed page by page).</summary>
    public Uri? Url { get; set; }

    /// <summary>Further addresses, e.g. the channel list, fetched after <see cref="Url"/>.</summary>
    public List<Uri> MoreUrls { get; set; } = [];

    /// <summary>content/ptv-mapping.json when not set.</summary>
    public string? MappingFile { get; set; }

    /// <summary>Upper bound of pages fetched per address, so a wrong address cannot fill the disk.</summary>
    public int MaxPages { get; set; } = 500;
}

public sealed class DatabaseOptions
{
    /// <summary>"sqlite" (default) or "postgres".</summary>
    public string Provider { get; set; } = "sqlite";
}
