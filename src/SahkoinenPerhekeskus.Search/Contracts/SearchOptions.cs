namespace SahkoinenPerhekeskus.Search;

public sealed record SearchOptions
{
    /// <summary>Folder of the Lucene index.</summary>
    public required string IndexPath { get; init; }

    /// <summary>The repository's content/ folder; dictionaries are read from content/search/.</summary>
    public required string ContentPath { get; init; }

    /// <summary>Written into the commit data by <see cref="IServiceIndex.Rebuild"/>; callers bump it when their data mapping changes.</summary>
    public string VersionStamp { get; init; } = "1";

    /// <summary>Use the dictionary-based fallback even when libvoikko is installed (tests, troubleshooting).</summary>
    public bool DisableVoikko { get; init; }

    /// <summary>Name or path of the libvoikko shared library.</summary>
    public string VoikkoLibrary { get; init; } = "libvoikko.so.1";
}
