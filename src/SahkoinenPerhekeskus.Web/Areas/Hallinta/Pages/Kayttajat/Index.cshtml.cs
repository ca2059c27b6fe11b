using SahkoinenPerhekeskus.Core.Accounts;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Kayttajat;

/// <summary>The accounts, their roles and scopes; regional admins only (folder convention).</summary>
public sealed class IndexModel(HallintaText text, AccountAdministration accounts) : HallintaPageModel(text)
{
    public IReadOnlyList<AccountSummary> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Users = await accounts.ListAsync(ct);
}
