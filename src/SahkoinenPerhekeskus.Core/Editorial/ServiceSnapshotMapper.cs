using SahkoinenPerhekeskus.Core.Taxonomy;

namespace SahkoinenPerhekeskus.Core.Editorial;

/// <summary>Writes a validated snapshot onto a service row, resolving codes to the tracked structure rows.</summary>
public sealed class ServiceSnapshotMapper(PerhekeskusDbContext db)
{
    /// <summary>For a tracked service: collections are replaced (EF works out the join rows) and channels rewritten.</summary>
    public async Task ApplyAsync(Service service, ServiceSnapshot s, CancellationToken ct)
    {
        service.ServiceType = s.ServiceType is null ? null : await db.ServiceTypes.FirstAsync(t => t.Code == s.ServiceType, ct);
        service.ServiceTypeId = service.ServiceType?.Id;
        service.Organisation = await db.Organisations.FirstAsync(o => o.Code == s.Organisation, ct);
        service.OrganisationId = service.Organisation.Id;
        service.Municipalities = await db.Municipalities.Where(m => s.Municipalities.Contains(m.Code)).ToListAsync(ct);
        service.Areas = await db.Areas.Where(a => s.Areas.Contains(a.Code)).ToListAsync(ct);
        service.Needs = await db.TaxonomyTerms.Where(t => t.Taxonomy == TaxonomyKind.Need && s.Needs.Contains(t.Code)).ToListAsync(ct);
        service.AgeGroups = await db.TaxonomyTerms.Where(t => t.Taxonomy == TaxonomyKind.AgeGroup && s.AgeGroups.Contains(t.Code)).ToListAsync(ct);
        CopyScalars(service, s);
        db.ServiceChannels.RemoveRange(service.Channels);
        service.Channels = [.. s.Channels.Select((c, i) => c.ToEntity(i))];
    }

    /// <summary>For an untracked service shown in a preview: the same fields from the reference data, nothing saved.</summary>
    public static void ApplyDetached(Service service, ServiceSnapshot s, EditorialReferenceData reference)
    {
        service.ServiceType = s.ServiceType is null ? null : reference.ServiceTypes.GetValueOrDefault(s.ServiceType);
        service.Organisation = reference.Organisations.GetValueOrDefault(s.Organisation);
        service.Municipalities = [.. s.Municipalities.Select(reference.Municipalities.GetValueOrDefault).OfType<Structure.Municipality>()];
        service.Areas = [.. reference.AreaList.Where(a => s.Areas.Contains(a.Code))];
        service.Needs = [.. s.Needs.Select(reference.Needs.GetValueOrDefault).OfType<TaxonomyTerm>()];
        service.AgeGroups = [.. s.AgeGroups.Select(reference.AgeGroups.GetValueOrDefault).OfType<TaxonomyTerm>()];
        CopyScalars(service, s);
        service.Channels = [.. s.Channels.Select((c, i) => c.ToEntity(i))];
    }

    private static void CopyScalars(Service service, ServiceSnapshot s)
    {
        service.Name = s.Name.Copy();
        service.AlternateName = s.AlternateName.Copy();
        service.Summary = s.Summary.Copy();
        service.Description = s.Description.Copy();
        service.Coverage = s.Coverage;
        service.MinMonths = s.MinMonths;
        service.MaxMonths = s.MaxMonths;
        service.NoReferral = s.NoReferral;
        service.ReferralInfo = s.ReferralInfo.Copy();
        service.IsFree = s.IsFree;
        service.CostInfo = s.CostInfo.Copy();
        service.Languages = [.. s.Languages];
        service.Urgency = s.Urgency;
    }
}
