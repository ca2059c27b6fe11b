using System.Text.Json;
using Microsoft.Extensions.Logging;
using SahkoinenPerhekeskus.Core.Hsds.Import;

namespace SahkoinenPerhekeskus.Core.Ptv;

/// <summary>
/// Imports Suomi.fi Service Catalogue (PTV) Open API v11 JSON from a file or a directory (docs/adr/0010-ptv-import.md).
/// Two passes: the first reads every file without touching the database, so broken JSON refuses the whole input
/// before anything is written, and keeps the channels (services name them by id); the second maps the services
/// in batches inside one transaction. Services are matched on their PTV id, so a re-import updates them.
/// </summary>
public sealed partial class PtvImporter(PerhekeskusDbContext db, TimeProvider time, ILogger<PtvImporter> logger)
{
    public const int BatchSize = 500;

    public async Task<PtvImportReport> ImportAsync(string path, PtvMapping mapping, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var started = time.GetTimestamp();
        var report = new PtvImportReport();
        IReadOnlyList<string> files;
        Dictionary<string, PtvChannel> channels;
        try
        {
            files = PtvReader.Files(path);
            channels = await ReadChannelsAsync(files, report, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PtvImportException($"{path} cannot be read: {e.Message}", e);
        }

        var now = time.GetUtcNow().UtcDateTime;
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var refs = await HsdsReferences.LoadAsync(db, ct);
            if (mapping.Problems(refs) is { Count: > 0 } problems)
            {
                throw new PtvImportException("ptv-mapping.json names what the region does not have: " + string.Join("; ", problems.Take(5)));
            }

            var run = new PtvImportRun(report, refs, new PtvServiceMapper(refs, mapping, now), channels);
            foreach (var file in files)
            {
                await foreach (var item in PtvReader.ReadAsync(file, ct))
                {
                    if (!item.IsChannel)
                    {
                        Handle(run, item);
                    }

                    if (run.Pending.Count >= BatchSize)
                    {
                        await FlushAsync(run, ct);
                    }
                }
            }

            await FlushAsync(run, ct);
            await tx.CommitAsync(ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file that changed or vanished between the passes: the transaction was not committed.
            throw new PtvImportException($"{path} could not be read again: {e.Message}", e);
        }
        catch (DbUpdateException e)
        {
            // Validation should keep the database from refusing anything; if it still does, nothing is half-done.
            throw new PtvImportException("the database refused a batch: " + (e.InnerException ?? e).Message, e);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        report.Duration = time.GetElapsedTime(started);
        LogImported(logger, report.ServicesCreated, report.ServicesUpdated, report.ServicesRejected, report.WarningCount, report.Duration.TotalSeconds);
        return report;
    }

    /// <summary>First pass: every file parsed (whole-input errors surface here), channels kept by id.</summary>
    private static async Task<Dictionary<string, PtvChannel>> ReadChannelsAsync(IReadOnlyList<string> files, PtvImportReport report, CancellationToken ct)
    {
        var channels = new Dictionary<string, PtvChannel>(StringComparer.OrdinalIgnoreCase);
        var firstSeen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            await foreach (var item in PtvReader.ReadAsync(file, ct))
            {
                if (!item.IsChannel)
                {
                    continue;
                }

                report.ChannelsRead++;
                var (channel, problem) = Read(item, PtvJsonContext.Default.PtvChannel);
                var id = channel?.Id?.Trim();
                problem ??= id is null || !Guid.TryParse(id, out _) ? "id is missing or not a PTV id (a UUID)" : null;
                if (problem is null && !firstSeen.TryAdd(id!, item.Where))
                {
                    problem = $"duplicate: the same channel id was already given at {firstSeen[id!]}";
                }

                if (problem is not null)
                {
                    report.ChannelsRejected++;
                    report.Error(item.Where, id, problem);
                    continue;
                }

                channels[id!] = channel!;
            }
        }

        return channels;
    }

    /// <summary>An item as a model, or why it cannot be one (a value of the wrong type names its JSON path).</summary>
    internal static (T? Value, string? Problem) Read<T>(PtvItem item, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        if (item.Element.ValueKind != JsonValueKind.Object)
        {
            return (null, $"is {item.Element.ValueKind.ToString().ToLowerInvariant()}, not an object");
        }

        try
        {
            return item.Element.Deserialize(type) is { } value ? (value, null) : (null, "is empty");
        }
        catch (JsonException e)
        {
            return (null, $"{e.Path ?? "$"}: a value of the wrong type");
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or OverflowException)
        {
            return (null, $"a value cannot be read ({e.Message})");
        }
    }

    private void Handle(PtvImportRun run, PtvItem item)
    {
        try
        {
            AddService(run, item);
        }
        catch (Exception e) when (e is not (OperationCanceledException or PtvImportException))
        {
            // A record the mapping did not foresee is a bug to fix, but it must not stop the other records.
            LogRecordFailed(logger, e, item.Where);
            Reject(run, item.Where, null, $"could not be imported ({e.GetType().Name}: {e.Message})");
        }
    }

    private void AddService(PtvImportRun run, PtvItem item)
    {
        var (service, problem) = Read(item, PtvJsonContext.Default.PtvService);
        var id = HsdsText.Clean(service?.Id)?.ToLowerInvariant();
        problem ??= PtvServiceMapper.Validate(service!);
        if (problem is null && !run.ServiceIds.TryAdd(id!, item.Where))
        {
            problem = $"duplicate: the same service id was already given at {run.ServiceIds[id!]}";
        }

        var organisation = problem is null ? ResolveOrganisation(run, service!, out problem) : null;
        if (problem is not null || organisation is null)
        {
            Reject(run, item.Where, id, problem ?? "no organisation");
            return;
        }

        void Warn(string message) => run.Report.Warn(item.Where, id, message);
        var linked = new List<PtvChannel>();
        foreach (var channelId in (service!.ServiceChannels ?? []).Select(l => l.ServiceChannel?.Id?.Trim()).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (run.Channels.TryGetValue(channelId, out var channel))
            {
                linked.Add(channel);
            }
            else
            {
                Warn($"channel {channelId} is not in the input; left out");
            }
        }

        var (draft, mapProblem) = run.Mapper.Map(service, linked, Warn);
        if (draft is null)
        {
            Reject(run, item.Where, id, mapProblem ?? "could not be mapped");
            return;
        }

        draft.Organisation = organisation;
        run.Pending.Add((item.Where, draft));
    }

    /// <summary>The responsible organisation (else the first named): reused by its PTV id, created when new.</summary>
    private Organisation? ResolveOrganisation(PtvImportRun run, PtvService service, out string? problem)
    {
        var link = (service.Organizations ?? []).Where(o => o.Organization?.Id is not null)
            .OrderBy(o => string.Equals(o.RoleType, "Responsible", StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .FirstOrDefault()?.Organization;
        var code = HsdsText.Clean(link?.Id)?.ToLowerInvariant();
        if (code is null || !Guid.TryParse(code, out _))
        {
            problem = "organizations has no organisation with a PTV id";
            return null;
        }

        problem = null;
        if (run.References.Organisations.TryGetValue(code, out var known))
        {
            return known;
        }

        var name = HsdsText.Clean(link!.Name) ?? code;
        var organisation = new Organisation
        {
            Code = code,
            Name = new Common.LocalizedText(HsdsText.Shorten(name, Common.LocalizedText.MaxShort)),
            Kind = HsdsHeuristics.GuessKind(name, null, null) ?? OrganisationKind.Municipality,
        };
        db.Organisations.Add(organisation);
        run.References.Organisations[code] = organisation;
        run.Report.OrganisationsCreated++;
        return organisation;
    }

    private static void Reject(PtvImportRun run, string where, string? id, string reason)
    {
        run.Report.ServicesRejected++;
        run.Report.Error(where, id, reason);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "PTV import: {Created} services created, {Updated} updated, {Rejected} rejected, {Warnings} warnings in {Seconds:0.0} s")]
    private static partial void LogImported(ILogger logger, int created, int updated, int rejected, int warnings, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "PTV record {Where} failed unexpectedly")]
    private static partial void LogRecordFailed(ILogger logger, Exception exception, string where);
}
