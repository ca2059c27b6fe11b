namespace SahkoinenPerhekeskus.Core;

/// <summary>Settings under the "Perhekeskus" configuration section.</summary>
public sealed class PerhekeskusOptions
{
    public const string Section = "Perhekeskus";

    /// <summary>Holds the SQLite file, the search index and media. Relative paths resolve against the working directory.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>The shared structure and demo content; found next to the repository root when not set.</summary>
    public string? ContentDirectory { get; set; }

    public DatabaseOptions Database { get; set; } = new();

    /// <summary>Load content/ into an empty database at start-up.</summary>
    public bool SeedContent { get; set; } = true;
}

public sealed class DatabaseOptions
{
    /// <summary>"sqlite" (default) or "postgres".</summary>
    public string Provider { get; set; } = "sqlite";
}
