using Microsoft.Extensions.Options;

namespace SahkoinenPerhekeskus.Core.Feedback;

/// <summary>An answer as it arrives from the form, not yet trusted.</summary>
public sealed record FeedbackSubmission(FeedbackTargetKind Kind, string Slug, bool Helpful, string? Text);

/// <summary>
/// Stores one answer: finds what the page is (a published service or page), where the service is, scrubs and caps
/// the free text, and keeps only the day. Returns false when there is no such published page.
/// </summary>
public sealed class FeedbackRecorder(PerhekeskusDbContext db, TimeProvider time, IOptions<FeedbackOptions> options)
{
    public async Task<bool> RecordAsync(FeedbackSubmission submission, CancellationToken ct)
    {
        var entry = submission.Kind == FeedbackTargetKind.Service
            ? await ForServiceAsync(submission, ct)
            : await ForPageAsync(submission, ct);
        if (entry is null)
        {
            return false;
        }

        db.Set<FeedbackEntry>().Add(entry);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task<FeedbackEntry?> ForServiceAsync(FeedbackSubmission submission, CancellationToken ct)
    {
        var service = await db.Services.AsNoTracking()
            .Where(s => s.Slug == submission.Slug && s.Status == PublicationStatus.Published)
            .Select(s => new
            {
                s.PublicId,
                TypeCode = s.ServiceType == null ? null : s.ServiceType.Code,
                s.Coverage,
                Municipalities = s.Municipalities.Select(m => new { m.Code, Area = m.Area!.Code }).ToList(),
                Areas = s.Areas.Select(a => a.Code).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (service is null)
        {
            return null;
        }

        string? municipality = null;
        string? area = null;
        if (service.Coverage == ServiceCoverage.Local && service.Municipalities.Count > 0)
        {
            municipality = service.Municipalities.Count == 1 ? service.Municipalities[0].Code : null;
            area = service.Municipalities.Select(m => m.Area).Distinct(StringComparer.Ordinal).Count() == 1 ? service.Municipalities[0].Area : null;
        }
        else if (service.Coverage == ServiceCoverage.Areas && service.Areas.Count == 1)
        {
            area = service.Areas[0];
        }

        return NewEntry(submission, FeedbackTargetKind.Service, service.PublicId, service.TypeCode, municipality, area);
    }

    private async Task<FeedbackEntry?> ForPageAsync(FeedbackSubmission submission, CancellationToken ct)
    {
        var page = await db.Pages.AsNoTracking()
            .Where(p => p.Slug == submission.Slug && p.Status == PublicationStatus.Published)
            .Select(p => new { p.Slug, Municipality = p.Municipality == null ? null : p.Municipality.Code, Area = p.Municipality == null ? null : p.Municipality.Area!.Code })
            .FirstOrDefaultAsync(ct);
        return page is null ? null : NewEntry(submission, FeedbackTargetKind.Page, page.Slug, null, page.Municipality, page.Area);
    }

    private FeedbackEntry NewEntry(FeedbackSubmission submission, FeedbackTargetKind kind, string id, string? type, string? municipality, string? area)
    {
        var max = Math.Clamp(options.Value.MaxTextLength, 1, FeedbackEntry.MaxText);
        var text = PersonalDataScrubber.ScrubAndCap(submission.Text, max).Text;
        return new FeedbackEntry
        {
            Day = FinnishDay.Today(time),
            TargetKind = kind,
            TargetId = id,
            ServiceTypeCode = type,
            MunicipalityCode = municipality,
            AreaCode = area,
            Helpful = submission.Helpful,
            Text = text.Length == 0 ? null : text,
        };
    }
}
