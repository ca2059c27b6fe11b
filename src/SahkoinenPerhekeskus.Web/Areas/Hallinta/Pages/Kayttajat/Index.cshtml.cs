using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SahkoinenPerhekeskus.Core.Accounts;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Kayttajat;

public sealed record UserRow(EditorUser User, string Role, string Scope, bool Locked);

/// <summary>The accounts, their roles and scopes; regional admins only (folder convention).</summary>
public sealed class IndexModel(HallintaText text, UserManager<EditorUser> users, PerhekeskusDbContext db, TimeProvider clock) : HallintaPageModel(text)
{
    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name.Fi, ct);
        var areas = await db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Code, a => a.Name.Fi, ct);
        var list = new List<UserRow>();
        foreach (var u in await users.Users.OrderBy(u => u.Email).ToListAsync(ct))
        {
            var role = (await users.GetRolesAsync(u)).FirstOrDefault() ?? "";
            var area = (await users.GetClaimsAsync(u)).FirstOrDefault(c => c.Type == EditorRoles.AreaClaim)?.Value;
            var scope = string.Join(", ", u.MunicipalityCodes
                .Concat(u.OrganisationId is { } o && organisations.TryGetValue(o, out var name) ? [name] : [])
                .Concat(area is not null ? [areas.GetValueOrDefault(area, area)] : []));
            list.Add(new UserRow(u, role, scope, u.LockoutEnd > clock.GetUtcNow()));
        }

        Users = list;
    }
}
