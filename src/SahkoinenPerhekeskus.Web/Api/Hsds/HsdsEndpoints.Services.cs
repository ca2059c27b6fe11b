using Microsoft.EntityFrameworkCore;
using SahkoinenPerhekeskus.Core.Catalogue;
using SahkoinenPerhekeskus.Core.Hsds;
using SahkoinenPerhekeskus.Core.Hsds.Export;

namespace SahkoinenPerhekeskus.Web.Api.Hsds;

public static partial class HsdsEndpoints
{
    private sealed record ServicePage(List<Service> Services, int Total);

    /// <summary>
    /// One page of services. Without search they are in name order; with search, in the search engine's rank order
    /// (the same Finnish-aware engine as the site), intersected with the other filters.
    /// </summary>
    private static async Task<ServicePage> ServicePageAsync(HsdsParameters p, HsdsCatalogue catalogue, CancellationToken ct)
    {
        if (await catalogue.FilterAsync(p, ct) is not { } q)
        {
            return new([], 0);
        }

        List<string> pageIds;
        int total;
        if (p.Search is { } text)
        {
            var hits = catalogue.Search(text, p.Lang);
            var allowed = (await q.Where(s => hits.Contains(s.PublicId)).Select(s => s.PublicId).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
            var ranked = hits.Where(allowed.Contains).Distinct().ToList();
            total = ranked.Count;
            pageIds = [.. ranked.Skip((p.Page - 1) * p.PerPage).Take(p.PerPage)];
        }
        else
        {
            total = await q.CountAsync(ct);
            pageIds = await q.OrderBy(s => s.Name.Fi).ThenBy(s => s.Id).Skip((p.Page - 1) * p.PerPage).Take(p.PerPage).Select(s => s.PublicId).ToListAsync(ct);
        }

        var rows = p.Full
            ? await HsdsExporter.WithHsdsData(catalogue.Published.Where(s => pageIds.Contains(s.PublicId))).ToListAsync(ct)
            : await catalogue.Published.Where(s => pageIds.Contains(s.PublicId)).Include(s => s.Organisation).ToListAsync(ct);
        var order = pageIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        return new([.. rows.OrderBy(s => order[s.PublicId])], total);
    }

    private static async Task<IResult> ListServiceAtLocations(HttpRequest request, HsdsCatalogue catalogue, HsdsExporter exporter, CancellationToken ct)
    {
        var (p, problem) = HsdsParameters.Read(request.Query);
        if (problem is not null)
        {
            return BadRequest(problem);
        }

        if (p.Minimal)
        {
            return BadRequest("'minimal' applies to /services only");
        }

        if (await catalogue.FilterAsync(p, ct) is not { } q)
        {
            return Results.Json(Envelope(new List<HsdsOutServiceAtLocation>(), 0, p), HsdsOutJsonContext.Default.HsdsPageHsdsOutServiceAtLocation);
        }

        if (p.Search is { } text)
        {
            var hits = catalogue.Search(text, p.Lang);
            q = q.Where(s => hits.Contains(s.PublicId));
        }

        // Physical places only: a virtual location is the service's web address and is listed within the service.
        var visits = q.SelectMany(s => s.Channels.Where(c => c.Kind == ChannelKind.Visit), (s, c) => new { s.Id, s.PublicId, Name = s.Name.Fi, c.SortOrder });
        var total = await visits.CountAsync(ct);
        var page = await visits.OrderBy(v => v.Name).ThenBy(v => v.Id).ThenBy(v => v.SortOrder)
            .Skip((p.Page - 1) * p.PerPage).Take(p.PerPage).ToListAsync(ct);
        var serviceIds = page.Select(v => v.Id).Distinct().ToList();
        var services = await HsdsExporter.WithHsdsData(catalogue.Published.Where(s => serviceIds.Contains(s.Id))).ToDictionaryAsync(s => s.Id, ct);
        var structure = await exporter.StructureAsync(ct);
        var contents = page.Select(v => Pick(HsdsExportMapper.Service(services[v.Id], structure, HsdsView.Full), HsdsExportMapper.LocationLinkId(v.PublicId, v.SortOrder), p.Full))
            .OfType<HsdsOutServiceAtLocation>().ToList();
        return Results.Json(Envelope(contents, total, p), HsdsOutJsonContext.Default.HsdsPageHsdsOutServiceAtLocation);
    }

    private static async Task<IResult> GetServiceAtLocation(string id, HsdsCatalogue catalogue, HsdsExporter exporter, CancellationToken ct)
    {
        if (!HsdsIds.IsUuid(id))
        {
            return NotFound("service_at_location", id);
        }

        // Ids are derived from (service, channel position), so the few candidate channels are derived and compared.
        var wanted = id.ToLowerInvariant();
        var candidates = await catalogue.Published
            .SelectMany(s => s.Channels.Where(c => c.Kind != ChannelKind.Phone && c.Kind != ChannelKind.Email), (s, c) => new { s.PublicId, c.SortOrder })
            .ToListAsync(ct);
        var match = candidates.FirstOrDefault(c => HsdsExportMapper.LocationLinkId(c.PublicId, c.SortOrder) == wanted);
        if (match is null || await catalogue.ServiceAsync(match.PublicId, ct) is not { } service)
        {
            return NotFound("service_at_location", id);
        }

        var full = HsdsExportMapper.Service(service, await exporter.StructureAsync(ct), HsdsView.Full);
        return Pick(full, wanted, full: true) is { } sal
            ? Results.Json(sal, HsdsOutJsonContext.Default.HsdsOutServiceAtLocation)
            : NotFound("service_at_location", id);
    }

    private static HsdsOutServiceAtLocation? Pick(HsdsOutService service, string salId, bool full)
    {
        var sal = service.ServiceAtLocations?.FirstOrDefault(x => x.Id == salId);
        return sal is null || full ? sal : sal with { Schedules = null };
    }
}
