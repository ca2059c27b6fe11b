using Microsoft.Extensions.Logging;

namespace SahkoinenPerhekeskus.Core.Hsds.Import;

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

    public Task<HsdsImportReport> ImportAsync(Stream json, IProgress<HsdsProgress>? progress, CancellationToken ct) =>
        ImportAsync(json, progress, acceptAnyVersion: false, ct);

    /// <param name="acceptAnyVersion">Read a file whose <c>hsds_version</c> is not 3.x as 3.0 (a warning says so); otherwise it is refused.</param>
    public async Task<HsdsImportReport> ImportAsync(Stream json, IProgress<HsdsProgress>? progress, bool acceptAnyVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(json);
        var started = time.GetTimestamp();
        var report = new HsdsImportReport();
        var reader = new HsdsJsonStream(json, report.Warn, acceptAnyVersion);
        long? total = json.CanSeek ? json.Length - json.Position : null;
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var references = await HsdsReferences.LoadAsync(db, ct);
            var run = new HsdsImportRun(report, references, new HsdsServiceMapper(references, time.GetUtcNow().UtcDateTime), logger);
            var terms = new HsdsTermResolver(db, run);
            var organisations = new HsdsOrganisationResolver(db, run);
            var services = new HsdsServiceWriter(db, run, terms, organisations);
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

                    Handle(run, record, terms, organisations, services);
                }

                if (++run.Records % ProgressEvery == 0)
                {
                    progress?.Report(new HsdsProgress(section, run.Records, reader.BytesRead, total));
                }

                if (run.Pending.Count + run.Unsaved >= BatchSize)
                {
                    await FlushAsync(run, services, ct);
                }
            }

            await FlushAsync(run, services, ct);
            await organisations.SettleKindsAsync(ct);
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
        if (report.HsdsVersion is { } v && !HsdsJsonStream.IsVersion3(v))
        {
            report.Warn($"hsds_version '{v}': read as HSDS 3.0");
        }

        return report;
    }

    private void Handle(HsdsImportRun run, HsdsJsonRecord record, HsdsTermResolver terms, HsdsOrganisationResolver organisations, HsdsServiceWriter services)
    {
        try
        {
            Dispatch(run, record, terms, organisations, services);
        }
        catch (Exception e) when (e is not (OperationCanceledException or HsdsImportException))
        {
            // A record the mapping did not foresee is a bug to fix, but it must not stop the other records.
            LogRecordFailed(logger, e, record.Section, record.Index);
            var problems = new HsdsRecordProblems(record.Section, record.Index, null);
            problems.Add("(record)", $"could not be imported ({e.GetType().Name}: {e.Message})");
            if (record.Section == "services")
            {
                run.RejectService(problems);
            }
            else
            {
                run.Reject(problems);
            }
        }
    }

    private static void Dispatch(HsdsImportRun run, HsdsJsonRecord record, HsdsTermResolver terms, HsdsOrganisationResolver organisations, HsdsServiceWriter services)
    {
        switch (record.Section)
        {
            case "taxonomies":
                terms.ImportTaxonomy(record);
                break;
            case "taxonomy_terms":
                terms.ImportTerm(record);
                run.Unsaved++;
                break;
            case "organizations":
                organisations.Import(record);
                run.Unsaved++;
                break;
            default:
                services.Add(record);
                break;
        }
    }

    /// <summary>Writes the pending services and everything else changed, then starts a fresh change tracker.</summary>
    private async Task FlushAsync(HsdsImportRun run, HsdsServiceWriter services, CancellationToken ct)
    {
        if (run.Pending.Count > 0)
        {
            await services.WriteAsync(ct);
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        run.References.Attach(db);
        run.Unsaved = 0;
    }



    [LoggerMessage(Level = LogLevel.Information, Message = "HSDS import: {Created} services created, {Updated} updated, {Rejected} rejected, {Warnings} warnings in {Seconds:0.0} s")]
    private static partial void LogImported(ILogger logger, int created, int updated, int rejected, int warnings, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "HSDS record {Section}[{Index}] failed unexpectedly")]
    private static partial void LogRecordFailed(ILogger logger, Exception exception, string section, int index);
}
