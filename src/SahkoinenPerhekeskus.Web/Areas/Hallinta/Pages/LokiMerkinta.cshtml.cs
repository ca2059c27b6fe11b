using System.Text.Json;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages;

/// <summary>One audit entry with its before and after; shown as a field diff when both sides are service snapshots.</summary>
public sealed class LokiMerkintaModel(HallintaText text, EditorialQueries queries) : HallintaPageModel(text)
{
    public AuditEntry Entry { get; private set; } = null!;

    public IReadOnlyList<FieldChange>? Diff { get; private set; }

    /// <summary>Labels and values of the diff in the editor's words.</summary>
    public SnapshotFieldText Fields { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        // Outside the scope the entry is as good as absent: 404 rather than confirming it exists.
        var entry = await queries.AuditEntryAsync(Scope, id, ct);
        if (entry is null)
        {
            return NotFound();
        }

        Entry = entry;
        if (entry.Action is "service.save" or "service.review" or "service.rollback" && entry.Before is not null && entry.After is not null)
        {
            try
            {
                Diff = SnapshotDiff.Compare(ServiceSnapshot.FromJson(entry.Before), ServiceSnapshot.FromJson(entry.After));
                Fields = new SnapshotFieldText(Text, await queries.ReferenceDataAsync(ct));
            }
            catch (JsonException)
            {
                Diff = null;
            }
        }

        return Page();
    }
}
