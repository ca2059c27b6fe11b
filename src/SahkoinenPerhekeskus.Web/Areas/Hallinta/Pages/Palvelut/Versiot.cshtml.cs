namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Palvelut;

/// <summary>Every saved version, a field-by-field diff of any two, and rollback to any (the last published one included).</summary>
public sealed class VersiotModel(ServiceEditor editor, EditorialGuard guard, HallintaText text, EditorialQueries queries)
    : ServicePageModel(editor, guard, text)
{
    public IReadOnlyList<ServiceVersion> Versions { get; private set; } = [];

    public int? A { get; private set; }

    public int? B { get; private set; }

    public int? LastPublished { get; private set; }

    public bool CanRollback { get; private set; }

    public IReadOnlyList<FieldChange>? Diff { get; private set; }

    /// <summary>Labels and values of the diff in the editor's words.</summary>
    public SnapshotFieldText Fields { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, string? a, string? b, CancellationToken ct)
    {
        if (await AuthorizeAsync(id, EditorialOperation.ViewHistory, ct) is { } denied)
        {
            return denied;
        }

        Versions = await queries.VersionsAsync(id, ct);
        LastPublished = Versions.FirstOrDefault(v => v.State == VersionState.Published)?.Number;
        CanRollback = await CanAsync(EditorialOperation.Rollback, ct);
        var byNumber = Versions.ToDictionary(v => v.Number);
        A = int.TryParse(a, out var na) && byNumber.ContainsKey(na) ? na : Versions.Skip(1).FirstOrDefault()?.Number;
        B = int.TryParse(b, out var nb) && byNumber.ContainsKey(nb) ? nb : Versions.Count > 0 ? Versions[0].Number : null;
        Fields = new SnapshotFieldText(Text, await Editor.ReferenceDataAsync(ct));
        if (A is { } x && B is { } y)
        {
            Diff = SnapshotDiff.Compare(ServiceSnapshot.FromJson(byNumber[x].Snapshot), ServiceSnapshot.FromJson(byNumber[y].Snapshot));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRollbackAsync(int id, string? number, CancellationToken ct)
    {
        if (await AuthorizeAsync(id, EditorialOperation.Rollback, ct) is { } denied)
        {
            return denied;
        }

        var version = int.TryParse(number, out var n) ? (await queries.VersionsAsync(id, ct)).FirstOrDefault(v => v.Number == n) : null;
        if (version is null)
        {
            return NotFound();
        }

        // The restored content must be inside the scope too: an old version may have served other municipalities.
        var snapshot = ServiceSnapshot.FromJson(version.Snapshot);
        var reference = await Editor.ReferenceDataAsync(ct);
        if (!await Guard.AllowsAsync(User, EditorialOperation.Edit, reference.ScopeOf(snapshot)))
        {
            return Forbid();
        }

        if (ServiceSnapshotValidator.Validate(snapshot, reference).Count > 0)
        {
            // The structure has changed since (a term or municipality is gone): restoring would save broken references.
            Message("Versions.CannotRollback", n);
            return Redirect($"/hallinta/palvelut/{id}/versiot");
        }

        await Editor.RollbackAsync(Service, n, Actor, ct);
        Message("Versions.RolledBack", n);
        return Redirect($"/hallinta/palvelut/{id}/versiot");
    }
}
