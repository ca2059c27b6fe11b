using SahkoinenPerhekeskus.Core.Hsds.Import;

namespace SahkoinenPerhekeskus.Core.Ptv;

/// <summary>The state of one PTV import: the channels of the first pass, ids seen, and services waiting for a batch.</summary>
internal sealed class PtvImportRun(PtvImportReport report, HsdsReferences references, PtvServiceMapper mapper, Dictionary<string, PtvChannel> channels)
{
    public PtvImportReport Report { get; } = report;
    public HsdsReferences References { get; } = references;
    public PtvServiceMapper Mapper { get; } = mapper;
    public Dictionary<string, PtvChannel> Channels { get; } = channels;

    /// <summary>Service id → where it was first given, to reject later duplicates.</summary>
    public Dictionary<string, string> ServiceIds { get; } = new(StringComparer.Ordinal);

    public List<(string Where, Service Draft)> Pending { get; } = [];
}
