using System.Globalization;
using System.Text;

namespace SahkoinenPerhekeskus.Core.Ptv;

/// <summary>A record that was not imported, or imported with a loss: where it is and why.</summary>
public sealed record PtvRecordProblem(string Where, string? Id, string Reason)
{
    public override string ToString() => $"{Where}" + (Id is null ? "" : $" ({Id})") + $": {Reason}";
}

/// <summary>What a PTV import did. Lists are capped; counts are not.</summary>
public sealed class PtvImportReport
{
    public const int MaxListed = 1000;

    private readonly List<PtvRecordProblem> _errors = [];
    private readonly List<PtvRecordProblem> _warnings = [];

    public int ChannelsRead { get; internal set; }
    public int ChannelsRejected { get; internal set; }
    public int ServicesCreated { get; internal set; }
    public int ServicesUpdated { get; internal set; }
    public int ServicesArchived { get; internal set; }
    public int ServicesRejected { get; internal set; }
    public int OrganisationsCreated { get; internal set; }
    public int ErrorCount { get; private set; }
    public int WarningCount { get; private set; }
    public TimeSpan Duration { get; internal set; }

    public IReadOnlyList<PtvRecordProblem> Errors => _errors;
    public IReadOnlyList<PtvRecordProblem> Warnings => _warnings;

    internal void Error(string where, string? id, string reason)
    {
        ErrorCount++;
        if (_errors.Count < MaxListed)
        {
            _errors.Add(new PtvRecordProblem(where, id, reason));
        }
    }

    internal void Warn(string where, string? id, string reason)
    {
        WarningCount++;
        if (_warnings.Count < MaxListed)
        {
            _warnings.Add(new PtvRecordProblem(where, id, reason));
        }
    }

    public override string ToString()
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"PTV import in {Duration.TotalSeconds:0.0} s")
            .AppendLine(CultureInfo.InvariantCulture, $"  channels:       {ChannelsRead} read, {ChannelsRejected} rejected")
            .AppendLine(CultureInfo.InvariantCulture, $"  services:       {ServicesCreated} created, {ServicesUpdated} updated, {ServicesArchived} archived, {ServicesRejected} rejected")
            .AppendLine(CultureInfo.InvariantCulture, $"  organisations:  {OrganisationsCreated} created")
            .AppendLine(CultureInfo.InvariantCulture, $"  warnings:       {WarningCount}");
        // Every listed rejection is printed: the editor fixes them in PTV, record by record.
        foreach (var e in _errors)
        {
            text.AppendLine("  rejected: " + e);
        }

        foreach (var w in _warnings.Take(100))
        {
            text.AppendLine("  warning: " + w);
        }

        if (ErrorCount > _errors.Count || WarningCount > Math.Min(_warnings.Count, 100))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  ({ErrorCount - _errors.Count} rejections and {WarningCount - Math.Min(_warnings.Count, 100)} warnings not listed)");
        }

        return text.ToString().TrimEnd();
    }
}
