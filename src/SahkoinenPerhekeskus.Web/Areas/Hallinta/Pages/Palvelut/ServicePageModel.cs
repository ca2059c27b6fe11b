using SahkoinenPerhekeskus.Core.Catalogue;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Palvelut;

/// <summary>
/// Base of every page that acts on one service. <see cref="AuthorizeAsync"/> is the only way these pages get a
/// service to change: it loads it (404 when missing) and asks the authorization handler (403 outside scope)
/// before any handler code touches the database.
/// </summary>
public abstract class ServicePageModel(ServiceEditor editor, EditorialGuard guard, HallintaText text) : HallintaPageModel(text)
{
    protected ServiceEditor Editor => editor;

    protected EditorialGuard Guard => guard;

    public Service Service { get; protected set; } = null!;

    public VersionInfo? Latest { get; private set; }

    public bool InReview => Latest?.State == VersionState.InReview || Service.Status == PublicationStatus.InReview;

    /// <summary>Null when allowed (Service and Latest are then set); otherwise the 404 or 403 result to return.</summary>
    protected async Task<IActionResult?> AuthorizeAsync(int id, EditorialOperation operation, CancellationToken ct)
    {
        var service = await editor.FindAsync(id, ct);
        if (service is null)
        {
            return NotFound();
        }

        var latest = await editor.LatestVersionAsync(id, ct);
        Service = service;
        Latest = latest is null ? null : new VersionInfo(latest.ServiceId, latest.Number, latest.State, latest.ActorId, latest.ActorName, latest.CreatedAt, latest.Note);
        var target = await editor.ScopeAsync(service, ct, InReview);
        return await guard.AllowsAsync(User, operation, target) ? null : Forbid();
    }

    public Task<bool> CanAsync(EditorialOperation operation, CancellationToken ct) => CanAsync(operation, Service, ct);

    protected async Task<bool> CanAsync(EditorialOperation operation, Service service, CancellationToken ct) =>
        await guard.AllowsAsync(User, operation, await editor.ScopeAsync(service, ct, InReview));

    /// <summary>Core problems ("Channels[0].Value", "Phone") become model-state errors under the form's field names, in Finnish.</summary>
    protected void AddProblems(IEnumerable<EditorialProblem> problems, string prefix = "Form.")
    {
        foreach (var p in problems)
        {
            var field = p.Field switch
            {
                "MinMonths" => "MinAge",
                "MaxMonths" => "MaxAge",
                _ => p.Field.EndsWith(".Coordinates", StringComparison.Ordinal) ? p.Field.Replace(".Coordinates", ".Latitude", StringComparison.Ordinal) : p.Field,
            };
            field = LanguageSuffix(field);
            ModelState.AddModelError(prefix + field, Text["Validation.Message", FieldLabel(p.Field), Text["Validation." + p.Code, p.Detail ?? ""]]);
        }
    }

    /// <summary>"Channels[1].Name.sv" → "Kanava 2: nimi (ruotsi)".</summary>
    protected string FieldLabel(string field) => new SnapshotFieldText(Text).Label(field);

    // Core names languages in lower case ("Name.fi"), the form binds "Name.Fi".
    private static string LanguageSuffix(string field) =>
        field.EndsWith(".fi", StringComparison.Ordinal) || field.EndsWith(".sv", StringComparison.Ordinal) || field.EndsWith(".en", StringComparison.Ordinal)
            ? field[..^2] + char.ToUpperInvariant(field[^2]) + field[^1]
            : field;
}
