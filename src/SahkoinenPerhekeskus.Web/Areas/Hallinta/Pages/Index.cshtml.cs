using SahkoinenPerhekeskus.Core.Accounts;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages;

/// <summary>The editor's desk: own drafts, items waiting for review, overdue reviews, scheduled actions, recent changes in scope.</summary>
public sealed class IndexModel(HallintaText text, EditorialQueries queries) : HallintaPageModel(text)
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

    private async Task<string> DescribeScopeAsync(CancellationToken ct) =>
        Scope.IsAdmin ? Text["Scope.Region"] : string.Join(", ", await queries.ScopeNamesAsync(Scope, ct));
}
