using Microsoft.Extensions.Logging;

namespace SahkoinenPerhekeskus.Core.Hsds.Import;

/// <summary>The state of one import: what has been seen, what waits for the next batch, and the report.</summary>
internal sealed partial class HsdsImportRun(HsdsImportReport report, HsdsReferences references, HsdsServiceMapper mapper, ILogger logger)
{
    public HsdsImportReport Report { get; } = report;
    public HsdsReferences References { get; } = references;
    public HsdsServiceMapper Mapper { get; } = mapper;

    /// <summary>Service id → index of its first record, to reject later duplicates.</summary>
    public Dictionary<string, int> ServiceIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Organisation codes already written in this import (created or updated), counted once.</summary>
    public HashSet<string> TouchedOrganisations { get; } = new(StringComparer.Ordinal);

    /// <summary>Organisations whose kind no word told; they become National when they offer country-wide services.</summary>
    public HashSet<string> UnknownKindOrganisations { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> RejectedOrganisations { get; } = new(StringComparer.Ordinal);

    /// <summary>HSDS organisation id → the tray's code given by a profile public_id attribute (our own exports).</summary>
    public Dictionary<string, string> OrganisationAliases { get; } = new(StringComparer.Ordinal);

    /// <summary>HSDS term ids already matched or created in this import.</summary>
    public HashSet<string> TouchedTerms { get; } = new(StringComparer.Ordinal);

    /// <summary>HSDS term ids of taxonomies the tray does not use, so attributes naming them stay quiet.</summary>
    public HashSet<string> SkippedTerms { get; } = new(StringComparer.Ordinal);

    public HashSet<string> SkippedTaxonomies { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Mapped services waiting for the next batch to be written.</summary>
    public List<(HsdsRecordProblems Record, Service Draft)> Pending { get; } = [];

    /// <summary>Records changed since the last save, to keep the change tracker small.</summary>
    public int Unsaved { get; set; }

    public int Records { get; set; }

    public void Reject(HsdsRecordProblems problems)
    {
        foreach (var error in problems.Errors)
        {
            LogRejected(logger, error);
            Report.Error(error);
        }
    }

    public void RejectService(HsdsRecordProblems problems)
    {
        Report.ServicesRejected++;
        Reject(problems);
    }

    /// <summary>Warnings about one record, prefixed with where it is in the file.</summary>
    public Action<string> Warner(HsdsRecordProblems record) =>
        message => Report.Warn($"{record.Section}[{record.Index}]" + (record.Id is null ? "" : $" ({record.Id})") + ": " + message);

    [LoggerMessage(Level = LogLevel.Debug, Message = "HSDS record rejected: {Error}")]
    private static partial void LogRejected(ILogger logger, HsdsRecordError error);
}
