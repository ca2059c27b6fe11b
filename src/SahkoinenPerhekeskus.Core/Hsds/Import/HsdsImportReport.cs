using System.Globalization;
using System.Text;

namespace SahkoinenPerhekeskus.Core.Hsds.Import;

/// <summary>A record that was not imported: where it is in the file, which field is wrong and why.</summary>
/// <param name="Section">The top-level array: services, organizations or taxonomy_terms.</param>
/// <param name="Index">0-based position of the record in that array.</param>
public sealed record HsdsRecordError(string Section, int Index, string? Id, string Field, string Reason)
{
    public override string ToString() => $"{Section}[{Index}]" + (Id is null ? "" : $" ({Id})") + $": {Field}: {Reason}";
}

/// <summary>How far the import has read, for a progress bar or a CLI line.</summary>
/// <param name="TotalBytes">Null when the stream cannot tell its length.</param>
public sealed record HsdsProgress(string Section, int Records, long BytesRead, long? TotalBytes);

/// <summary>What an import did. Counts are of distinct records; lists are capped so a broken 200 MB file stays readable.</summary>
public sealed class HsdsImportReport
{
    /// <summary>More errors or warnings than this are counted but not kept.</summary>
    public const int MaxListed = 1000;

    private readonly List<HsdsRecordError> _errors = [];
    private readonly List<string> _warnings = [];

    public string? HsdsVersion { get; internal set; }
    public int TaxonomyTermsCreated { get; internal set; }
    public int TaxonomyTermsUpdated { get; internal set; }
    public int TaxonomyTermsSkipped { get; internal set; }
    public int OrganisationsCreated { get; internal set; }
    public int OrganisationsUpdated { get; internal set; }
    public int OrganisationsRejected { get; internal set; }
    public int ServicesCreated { get; internal set; }
    public int ServicesUpdated { get; internal set; }
    public int ServicesRejected { get; internal set; }

    /// <summary>Things imported with a loss or a guess (a schedule that could not be read, an unknown attribute …).</summary>
    public int Warnings { get; private set; }

    /// <summary>Every error, including those beyond <see cref="MaxListed"/>.</summary>
    public int ErrorCount { get; private set; }

    public TimeSpan Duration { get; internal set; }

    public IReadOnlyList<HsdsRecordError> Errors => _errors;
    public IReadOnlyList<string> WarningMessages => _warnings;

    internal void Error(HsdsRecordError error)
    {
        ErrorCount++;
        if (_errors.Count < MaxListed)
        {
            _errors.Add(error);
        }
    }

    internal void Warn(string message)
    {
        Warnings++;
        if (_warnings.Count < MaxListed)
        {
            _warnings.Add(message);
        }
    }

    public override string ToString()
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"HSDS import ({HsdsVersion ?? "version not given"}) in {Duration.TotalSeconds:0.0} s")
            .AppendLine(CultureInfo.InvariantCulture, $"  taxonomy terms: {TaxonomyTermsCreated} created, {TaxonomyTermsUpdated} matched, {TaxonomyTermsSkipped} skipped (other taxonomies)")
            .AppendLine(CultureInfo.InvariantCulture, $"  organisations:  {OrganisationsCreated} created, {OrganisationsUpdated} updated, {OrganisationsRejected} rejected")
            .AppendLine(CultureInfo.InvariantCulture, $"  services:       {ServicesCreated} created, {ServicesUpdated} updated, {ServicesRejected} rejected")
            .AppendLine(CultureInfo.InvariantCulture, $"  warnings:       {Warnings}");
        foreach (var error in _errors.Take(50))
        {
            text.AppendLine("  error: " + error);
        }

        if (ErrorCount > 50)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  … and {ErrorCount - 50} more errors");
        }

        foreach (var warning in _warnings.Take(20))
        {
            text.AppendLine("  warning: " + warning);
        }

        if (Warnings > 20)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  … and {Warnings - 20} more warnings");
        }

        return text.ToString().TrimEnd();
    }
}
