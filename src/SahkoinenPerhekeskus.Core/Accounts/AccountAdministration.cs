using Microsoft.AspNetCore.Identity;
using SahkoinenPerhekeskus.Core.Editorial;
using SahkoinenPerhekeskus.Core.Structure;

namespace SahkoinenPerhekeskus.Core.Accounts;

/// <summary>An account as the users page lists it; <paramref name="Scope"/> names its municipalities, organisation and area.</summary>
public sealed record AccountSummary(EditorUser User, string Role, string Scope, bool Locked);

/// <summary>What an account's scope can be chosen from.</summary>
public sealed record AccountScopeChoices(IReadOnlyList<Municipality> Municipalities, IReadOnlyList<Organisation> Organisations, IReadOnlyList<Area> Areas);

/// <summary>A role and scope as the users page posts them.</summary>
public sealed record AccountScopeChange(
    string Role, IReadOnlyList<string> MunicipalityCodes, string? Organisation, string? AreaCode, bool IncludeOrganisationServices, bool RequireTwoFactor);

/// <summary>
/// The users page's operations. Each change is written with its audit entry in the same save, so an account never
/// changes without a trace; the caller has already checked <c>ManageUsers</c>.
/// </summary>
public sealed class AccountAdministration(UserManager<EditorUser> users, AccountService accounts, PerhekeskusDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<AccountSummary>> ListAsync(CancellationToken ct)
    {
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name.Fi, ct);
        var areas = await db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Code, a => a.Name.Fi, ct);
        var list = new List<AccountSummary>();
        foreach (var u in await users.Users.OrderBy(u => u.Email).ToListAsync(ct))
        {
            var role = (await users.GetRolesAsync(u)).FirstOrDefault() ?? "";
            var area = await accounts.AreaOfAsync(u);
            var scope = string.Join(", ", u.MunicipalityCodes
                .Concat(u.OrganisationId is { } o && organisations.TryGetValue(o, out var name) ? [name] : [])
                .Concat(area is not null ? [areas.GetValueOrDefault(area, area)] : []));
            list.Add(new AccountSummary(u, role, scope, IsLocked(u)));
        }

        return list;
    }

    public async Task<AccountScopeChoices> ChoicesAsync(CancellationToken ct) => new(
        await db.Municipalities.AsNoTracking().OrderBy(m => m.Name.Fi).ToListAsync(ct),
        await db.Organisations.AsNoTracking().OrderBy(o => o.Kind).ThenBy(o => o.Name.Fi).ToListAsync(ct),
        await db.Areas.AsNoTracking().OrderBy(a => a.Name.Fi).ToListAsync(ct));

    public bool IsLocked(EditorUser user) => user.LockoutEnd > clock.GetUtcNow();

    public async Task<string> RoleOfAsync(EditorUser user) => (await users.GetRolesAsync(user)).FirstOrDefault() ?? "";

    /// <param name="details">What the audit entry records of the request (never the password).</param>
    public async Task<AccountResult> CreateAsync(NewAccount account, Actor actor, object details, CancellationToken ct)
    {
        var result = await accounts.CreateAsync(account, ct);
        if (result.Succeeded)
        {
            audit.Record(actor, "user.create", "user", result.User!.Email!, ScopeTarget.Region, result.User.Email, null, details);
            await db.SaveChangesAsync(ct);
        }

        return result;
    }

    public async Task<IReadOnlyList<AccountProblem>> UpdateAsync(EditorUser user, AccountScopeChange change, Actor actor, object before, object after, CancellationToken ct)
    {
        var problems = await accounts.UpdateScopeAsync(user, change.Role, change.MunicipalityCodes, change.Organisation, change.AreaCode,
            change.IncludeOrganisationServices, change.RequireTwoFactor, ct);
        if (problems.Count == 0)
        {
            audit.Record(actor, "user.save", "user", user.Email!, ScopeTarget.Region, user.Email, before, after);
            await db.SaveChangesAsync(ct);
        }

        return problems;
    }

    public async Task UnlockAsync(EditorUser user, Actor actor, CancellationToken ct)
    {
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        audit.Record(actor, "user.unlock", "user", user.Email!, ScopeTarget.Region, user.Email, null, null);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Turns two-factor sign-in on after the account confirmed a code; the caller renews the cookie.</summary>
    public async Task EnableTwoFactorAsync(EditorUser user, Actor actor, CancellationToken ct)
    {
        await users.SetTwoFactorEnabledAsync(user, true);
        audit.Record(actor, "user.2fa", "user", user.Email!, ScopeTarget.Region, user.Email, null, new { TwoFactorEnabled = true });
        await db.SaveChangesAsync(ct);
    }
}
