using Microsoft.EntityFrameworkCore;
using SahkoinenPerhekeskus.Core.Accounts;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages;

/// <summary>The editor's desk: own drafts, items waiting for review, overdue reviews, scheduled actions, recent changes in scope.</summary>
public sealed class IndexModel(HallintaText text, EditorialQueries queries, PerhekeskusDbContext db) : HallintaPageModel(text)
{
    public Dashboard Dashboard { get; private set; } = null!;

    public string ScopeText { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // An area leader has no content scope; their desk is the indicators dashboard.
        if (Scope.Role is null && User.IsInRole(EditorRoles.AreaLeader))
        {
            return Redirect("/hallinta/indikaattorit");
        }

        Dashboard = await queries.DashboardAsync(Scope, Actor.Id, ct);
        ScopeText = await DescribeScopeAsync(ct);
        return Page();
    }

    private async Task<string> DescribeScopeAsync(CancellationToken ct)
    {
        var scope = Scope;
        if (scope.IsAdmin)
        {
            return Text["Scope.Region"];
        }

        var parts = new List<string>();
        if (scope.MunicipalityCodes.Count > 0)
        {
            var codes = scope.MunicipalityCodes.ToList();
            parts.AddRange(await db.Municipalities.Where(m => codes.Contains(m.Code)).OrderBy(m => m.Name.Fi).Select(m => m.Name.Fi).ToListAsync(ct));
        }

        if (scope.OrganisationId is { } id && await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, ct) is { } organisation)
        {
            parts.Add(organisation.Name.Fi);
        }

        return string.Join(", ", parts);
    }
}
