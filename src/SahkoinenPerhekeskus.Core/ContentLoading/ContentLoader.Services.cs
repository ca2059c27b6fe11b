using SahkoinenPerhekeskus.Core.Publishing;
using SahkoinenPerhekeskus.Core.Structure;
using SahkoinenPerhekeskus.Core.Taxonomy;

namespace SahkoinenPerhekeskus.Core.ContentLoading;

public sealed partial class ContentLoader
{
    private async Task<int> ApplyServicesAsync(
        ContentFiles files,
        Dictionary<string, ServiceType> types,
        Dictionary<string, Organisation> organisations,
        Dictionary<string, Municipality> municipalities,
        Dictionary<(TaxonomyKind, string), TaxonomyTerm> terms,
        DateTime now,
        CancellationToken ct)
    {
        var areas = await db.Areas.ToDictionaryAsync(a => a.Code, ct);
        var ids = files.Services.Select(s => s.Dto.Id).ToList();
        var existing = await db.Services
            .Include(s => s.Municipalities).Include(s => s.Areas).Include(s => s.Needs).Include(s => s.AgeGroups)
            .Include(s => s.Channels).ThenInclude(c => c.Hours)
            .Where(s => ids.Contains(s.PublicId))
            .ToDictionaryAsync(s => s.PublicId, ct);

        foreach (var (_, dto) in files.Services)
        {
            if (!existing.TryGetValue(dto.Id, out var service))
            {
                service = new Service { PublicId = dto.Id, Slug = dto.Id, CreatedAt = now, Source = EntrySource.Content };
                db.Services.Add(service);
            }

            var updated = dto.Updated is { } u ? u.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : now;
            service.Slug = dto.Id;
            service.ServiceType = dto.Type is null ? null : types[dto.Type];
            service.Organisation = organisations[dto.Organisation];
            service.Name = dto.Name.ToText();
            service.AlternateName = dto.AlternateName?.ToText() ?? new();
            service.Summary = dto.Summary?.ToText() ?? new();
            service.Description = dto.Description?.ToText() ?? new();
            service.Coverage = ContentCodes.Coverages[dto.Coverage];
            service.Municipalities = [.. dto.Municipalities.Select(c => municipalities[c])];
            service.Areas = [.. dto.Areas.Select(c => areas[c])];
            service.MinMonths = dto.Pregnancy && dto.MinMonths is >= 0 ? AgeRange.PregnancyStart : dto.MinMonths;
            service.MaxMonths = dto.MaxMonths;
            service.Needs = [.. dto.Needs.Select(c => terms[(TaxonomyKind.Need, c)])];
            service.AgeGroups = [.. dto.AgeGroups.Select(c => terms[(TaxonomyKind.AgeGroup, c)])];
            service.NoReferral = dto.NoReferral;
            service.ReferralInfo = dto.Referral?.ToText() ?? new();
            service.IsFree = dto.Free;
            service.CostInfo = dto.Cost?.ToText() ?? new();
            service.Languages = [.. dto.Languages];
            service.Urgency = ContentCodes.Urgencies[dto.Urgency];
            service.Status = ContentCodes.Statuses[dto.Status];
            service.UpdatedAt = updated;
            service.PublishedAt = service.Status == PublicationStatus.Published ? service.PublishedAt ?? updated : null;
            service.ReviewBy = dto.ReviewBy;
            ReplaceChannels(service, dto.Channels);
        }

        await db.SaveChangesAsync(ct);
        return files.Services.Count;
    }

    private void ReplaceChannels(Service service, List<ChannelDto> channels)
    {
        db.ServiceChannels.RemoveRange(service.Channels);
        service.Channels = [.. channels.Select((c, i) => new ServiceChannel
        {
            Kind = ContentCodes.ChannelKinds[c.Kind],
            SortOrder = i,
            Name = c.Name?.ToText() ?? new(),
            Value = c.Number ?? c.Url ?? c.Email,
            Street = c.Street,
            PostalCode = c.PostalCode,
            City = c.City,
            Latitude = c.Lat,
            Longitude = c.Lon,
            Accessibility = c.Accessibility?.ToText() ?? new(),
            Hours = [.. c.Hours.SelectMany(ToHours)],
        })];
    }

    private static IEnumerable<OpeningHours> ToHours(HoursDto h)
    {
        // ChannelValidator has rejected the file already if any of these does not parse.
        if (!HoursParser.TryParseDays(h.Days, out var days) || !HoursParser.TryParseMinute(h.Opens, out var opens) || !HoursParser.TryParseMinute(h.Closes, out var closes))
        {
            return [];
        }

        return days.Select(d => new OpeningHours { Day = d, OpensMinute = opens, ClosesMinute = closes });
    }

    private async Task<int> ApplyPagesAsync(ContentFiles files, DateTime now, CancellationToken ct)
    {
        var existing = await db.Pages.ToDictionaryAsync(p => p.Slug, ct);
        foreach (var page in files.Pages)
        {
            if (!existing.TryGetValue(page.Slug, out var entity))
            {
                entity = new ContentPage { Slug = page.Slug };
                db.Pages.Add(entity);
            }

            entity.Kind = page.Kind;
            entity.Title = page.Title;
            entity.Summary = page.Summary;
            entity.Body = page.Body;
            entity.Status = PublicationStatus.Published;
            entity.PublishedAt = page.Published?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) ?? entity.PublishedAt ?? now;
            entity.UpdatedAt = now;
        }

        await db.SaveChangesAsync(ct);
        return files.Pages.Count;
    }
}
