namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages;

/// <summary>The audit log: everything for regional admins, entries about the own scope for everyone else.</summary>
public sealed class LokiModel(HallintaText text, AuditLog audit) : HallintaPageModel(text)
{
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? palvelu, CancellationToken ct)
    {
        if (palvelu is not null && !int.TryParse(palvelu, out _))
        {
            return BadRequest();
        }

        Entries = await audit.ReadAsync(Scope, palvelu is null ? null : "service", palvelu, 200, ct);
        return Page();
    }
}
