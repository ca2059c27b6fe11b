namespace SahkoinenPerhekeskus.Core.Hsds.Import;

/// <summary>What a re-import writes over an entry that the same source created earlier; shared by the HSDS and PTV importers.</summary>
internal static class ImportedServices
{
    /// <summary>
    /// Copies the imported content of <paramref name="draft"/> onto <paramref name="service"/>. The slug, public id and
    /// creation time stay, so links keep working; the first publication time stays while the entry remains published.
    /// </summary>
    public static void Overwrite(PerhekeskusDbContext db, Service service, Service draft)
    {
        service.Organisation = draft.Organisation;
        service.ServiceTypeId = draft.ServiceTypeId;
        service.Name = draft.Name;
        service.AlternateName = draft.AlternateName;
        service.Summary = draft.Summary;
        service.Description = draft.Description;
        service.Coverage = draft.Coverage;
        service.Municipalities = draft.Municipalities;
        service.Areas = [];
        service.MinMonths = draft.MinMonths;
        service.MaxMonths = draft.MaxMonths;
        service.Needs = draft.Needs;
        service.AgeGroups = draft.AgeGroups;
        service.NoReferral = draft.NoReferral;
        service.ReferralInfo = draft.ReferralInfo;
        service.IsFree = draft.IsFree;
        service.CostInfo = draft.CostInfo;
        service.Languages = draft.Languages;
        service.Urgency = draft.Urgency;
        service.Status = draft.Status;
        service.UpdatedAt = draft.UpdatedAt;
        service.PublishedAt = draft.Status == PublicationStatus.Published ? service.PublishedAt ?? draft.PublishedAt : service.PublishedAt;

        // Imported channels are not matched one by one (HSDS channels have no identity worth matching on, PTV channel
        // ids are not kept): replacing them keeps a re-import exact.
        db.ServiceChannels.RemoveRange(service.Channels);
        service.Channels = draft.Channels;
    }
}
