using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SahkoinenPerhekeskus.Core.Catalogue;
using SahkoinenPerhekeskus.Core.Data;

namespace SahkoinenPerhekeskus.Core.Import;

/// <summary>
/// Imports an Open Referral HSDS 3.0 file onto the catalogue (docs/adr/0004-hsds-import.md). The file is streamed
/// record by record inside one transaction: a bad record is rejected and reported, a bad file changes nothing.
/// Services, organisations and terms are matched on their HSDS ids, so importing the same file again updates.
/// </summary>
public sealed partial class HsdsImporter(PerhekeskusDbContext db, TimeProvider time, ILogger<HsdsImporter> logger)
{
    /// <summary>Records per SaveChanges; the change tracker is cleared after each so memory stays flat.</summary>
    public const int BatchSize = 500;

    private const int ProgressEvery = 100;

    public async Task<HsdsImportReport> ImportAsync(Stream json, IProgress<HsdsProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(json);
        var started = time.GetTimestamp();
        var report = new HsdsImportReport();
        var reader = new HsdsJsonStream(json, report.Warn);
        long? total = json.CanSeek ? json.Length - json.Position : null;
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var references = await HsdsReferences.LoadAsync(db, ct);
            var run = new HsdsImportRun(report, references, new HsdsServiceMapper(references, time.GetUtcNow().UtcDateTime));
            var section = "";
            await foreach (var record in reader.ReadAsync(ct))
            {
                using (record)
                {
                    if (record.Section != section)
                    {
                        section = record.Section;
                        progress?.Report(new HsdsProgress(section, run.Records, reader.BytesRead, total));
                    }

                    Handle(run, record);
                }

                if (++run.Records % ProgressEvery == 0)
                {
                    progress?.Report(new HsdsProgress(section, run.Records, reader.BytesRead, total));
                }

                if (run.Pending.Count + run.Unsaved >= BatchSize)
                {
                    await FlushAsync(run, ct);
                }
            }

            await FlushAsync(run, ct);
            await SettleOrganisationKindsAsync(run, ct);
            await tx.CommitAsync(ct);
            report.HsdsVersion = reader.Version;
            progress?.Report(new HsdsProgress(section, run.Records, reader.BytesRead, total));
        }
        catch (DbUpdateException e)
        {
            // Validation should keep the database from refusing anything; if it still does, nothing is half-done.
            throw new HsdsImportException("the database refused a batch: " + (e.InnerException ?? e).Message, null, null, e);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        report.Duration = time.GetElapsedTime(started);
        LogImported(logger, report.ServicesCreated, report.ServicesUpdated, report.ServicesRejected, report.Warnings, report.Duration.TotalSeconds);
        if (report.HsdsVersion is { } v && !v.StartsWith('3'))
        {
            report.Warn($"hsds_version '{v}': read as HSDS 3.0");
        }

        return report;
    }

    private void Handle(HsdsImportRun run, HsdsJsonRecord record)
    {
        try
        {
            Dispatch(run, record);
        }
        catch (Exception e) when (e is not (OperationCanceledException or HsdsImportException))
        {
            // A record the mapping did not foresee is a bug to fix, but it must not stop the other records.
            LogRecordFailed(logger, e, record.Section, record.Index);
            var problems = new HsdsRecordProblems(record.Section, record.Index, null);
            problems.Add("(record)", $"could not be imported ({e.GetType().Name}: {e.Message})");
            if (record.Section == "services")
            {
                RejectService(run, problems);
            }
            else
            {
                Reject(run, problems);
            }
        }
    }

    private void Dispatch(HsdsImportRun run, HsdsJsonRecord record)
    {
        switch (record.Section)
        {
            case "taxonomies":
                ImportTaxonomy(run, record);
                break;
            case "taxonomy_terms":
                ImportTerm(run, record);
                run.Unsaved++;
                break;
            case "organizations":
                ImportOrganisation(run, record);
                run.Unsaved++;
                break;
            default:
                AddService(run, record);
                break;
        }
    }

    /// <summary>Writes the pending services and everything else changed, then starts a fresh change tracker.</summary>
    private async Task FlushAsync(HsdsImportRun run, CancellationToken ct)
    {
        if (run.Pending.Count > 0)
        {
            await UpsertServicesAsync(run, ct);
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        run.References.Attach(db);
        run.Unsaved = 0;
    }

    /// <summary>
    /// An organisation that no word classified is National when it offers a country-wide service, else an NGO.
    /// Decided at the end because its services may come after it in the file.
    /// </summary>
    private async Task SettleOrganisationKindsAsync(HsdsImportRun run, CancellationToken ct)
    {
        if (run.UnknownKindOrganisations.Count == 0)
        {
            return;
        }

        var organisations = run.UnknownKindOrganisations.Select(c => run.References.Organisations[c]).ToList();
        var ids = organisations.Select(o => o.Id).ToList();
        var national = await db.Services
            .Where(s => s.Coverage == ServiceCoverage.National && ids.Contains(s.OrganisationId))
            .Select(s => s.OrganisationId).Distinct().ToListAsync(ct);
        foreach (var organisation in organisations)
        {
            organisation.Kind = national.Contains(organisation.Id) ? OrganisationKind.National : OrganisationKind.Ngo;
        }

        await db.SaveChangesAsync(ct);
    }

    private Action<string> Warner(HsdsImportRun run, HsdsRecordProblems record) =>
        message => run.Report.Warn($"{record.Section}[{record.Index}]" + (record.Id is null ? "" : $" ({record.Id})") + ": " + message);

    [LoggerMessage(Level = LogLevel.Information, Message = "HSDS import: {Created} services created, {Updated} updated, {Rejected} rejected, {Warnings} warnings in {Seconds:0.0} s")]
    private static partial void LogImported(ILogger logger, int created, int updated, int rejected, int warnings, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "HSDS record {Section}[{Index}] failed unexpectedly")]
    private static partial void LogRecordFailed(ILogger logger, Exception exception, string section, int index);

    [LoggerMessage(Level = LogLevel.Debug, Message = "HSDS record rejected: {Error}")]
    private static partial void LogRejected(ILogger logger, HsdsRecordError error);
}
