using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace SahkoinenPerhekeskus.Core.Accounts;

/// <summary>What a new account needs. <paramref name="Organisation"/> is an organisation's code or numeric id.</summary>
public sealed record NewAccount(
    string Email,
    string Role,
    IReadOnlyList<string> MunicipalityCodes,
    string? Organisation,
    string Password,
    string? DisplayName = null,
    bool IncludeOrganisationServices = false,
    bool RequireTwoFactor = false,
    string? AreaCode = null);

/// <summary>The outcome: the account, or the problems as (field, error code, message) — codes are localised by the caller.</summary>
public sealed record AccountResult(EditorUser? User, IReadOnlyList<AccountProblem> Problems)
{
    public bool Succeeded => User is not null;
}

public sealed record AccountProblem(string Field, string Code, string Message);

/// <summary>Creates and rescopes back-office accounts; used by the create-user verb, demo accounts and the users page.</summary>
public sealed class AccountService(UserManager<EditorUser> users, PerhekeskusDbContext db, TimeProvider clock)
{
    public async Task<AccountResult> CreateAsync(NewAccount account, CancellationToken ct)
    {
        var problems = new List<AccountProblem>();
        var (codes, organisationId) = await CheckScopeAsync(account.Role, account.MunicipalityCodes, account.Organisation, problems, ct);
        var area = await CheckAreaAsync(account.Role, account.AreaCode, problems, ct);
        if (problems.Count > 0)
        {
            return new AccountResult(null, problems);
        }

        var user = new EditorUser
        {
            UserName = account.Email.Trim(),
            Email = account.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(account.DisplayName) ? null : account.DisplayName.Trim(),
            MunicipalityCodes = codes,
            OrganisationId = organisationId,
            IncludeOrganisationServices = account.IncludeOrganisationServices,
            RequireTwoFactor = account.RequireTwoFactor,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, account.Password);
        if (!created.Succeeded)
        {
            return new AccountResult(null, [.. created.Errors.Select(e => new AccountProblem(e.Code.StartsWith("Password", StringComparison.Ordinal) ? "Password" : "Email", e.Code, e.Description))]);
        }

        var role = await users.AddToRoleAsync(user, account.Role);
        var claim = role.Succeeded && area is not null ? await users.AddClaimAsync(user, new Claim(EditorRoles.AreaClaim, area)) : IdentityResult.Success;
        if (!role.Succeeded || !claim.Succeeded)
        {
            await users.DeleteAsync(user);
            return new AccountResult(null, [.. role.Errors.Concat(claim.Errors).Select(e => new AccountProblem("Role", e.Code, e.Description))]);
        }

        return new AccountResult(user, []);
    }

    /// <summary>Changes role and scope; the security stamp changes so that existing sessions must sign in again.</summary>
    public async Task<IReadOnlyList<AccountProblem>> UpdateScopeAsync(
        EditorUser user, string role, IReadOnlyList<string> municipalityCodes, string? organisation, string? areaCode,
        bool includeOrganisationServices, bool requireTwoFactor, CancellationToken ct)
    {
        var problems = new List<AccountProblem>();
        var (codes, organisationId) = await CheckScopeAsync(role, municipalityCodes, organisation, problems, ct);
        var area = await CheckAreaAsync(role, areaCode, problems, ct);
        if (problems.Count > 0)
        {
            return problems;
        }

        var areaClaims = (await users.GetClaimsAsync(user)).Where(c => c.Type == EditorRoles.AreaClaim).ToList();
        if (areaClaims.Count > 0)
        {
            await users.RemoveClaimsAsync(user, areaClaims);
        }

        if (area is not null)
        {
            await users.AddClaimAsync(user, new Claim(EditorRoles.AreaClaim, area));
        }

        user.MunicipalityCodes = codes;
        user.OrganisationId = organisationId;
        user.IncludeOrganisationServices = includeOrganisationServices;
        user.RequireTwoFactor = requireTwoFactor;
        var current = await users.GetRolesAsync(user);
        if (!current.SequenceEqual([role]))
        {
            await users.RemoveFromRolesAsync(user, current);
            await users.AddToRoleAsync(user, role);
        }

        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        return problems;
    }

    /// <summary>The family-centre area an area leader reads; null for every other role.</summary>
    public async Task<string?> AreaOfAsync(EditorUser user) =>
        (await users.GetClaimsAsync(user)).FirstOrDefault(c => c.Type == EditorRoles.AreaClaim)?.Value;

    /// <summary>A random password of 20 characters from an unambiguous alphabet (about 100 bits).</summary>
    public static string GeneratePassword()
    {
        const string alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Create(20, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
            }
        });
    }

    private async Task<string?> CheckAreaAsync(string role, string? areaCode, List<AccountProblem> problems, CancellationToken ct)
    {
        // Only an area leader has an area; for the other roles a stray value is dropped like an admin's scope.
        if (role != EditorRoles.AreaLeader)
        {
            return null;
        }

        var code = areaCode?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            problems.Add(new AccountProblem("Area", "AreaRequired", "Alueen johtajalle on annettava perhekeskusalue."));
            return null;
        }

        if (!await db.Areas.AnyAsync(a => a.Code == code, ct))
        {
            problems.Add(new AccountProblem("Area", "UnknownArea", $"Perhekeskusaluetta '{code}' ei ole."));
            return null;
        }

        return code;
    }

    private async Task<(List<string> Codes, int? OrganisationId)> CheckScopeAsync(
        string role, IReadOnlyList<string> municipalityCodes, string? organisation, List<AccountProblem> problems, CancellationToken ct)
    {
        if (!EditorRoles.IsAssignable(role))
        {
            problems.Add(new AccountProblem("Role", "UnknownRole", $"Tuntematon rooli '{role}'. Vaihtoehdot: {string.Join(", ", EditorRoles.Assignable)}."));
            return ([], null);
        }

        var codes = municipalityCodes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var known = await db.Municipalities.Where(m => codes.Contains(m.Code)).Select(m => m.Code).ToListAsync(ct);
        foreach (var unknown in codes.Except(known))
        {
            problems.Add(new AccountProblem("Municipalities", "UnknownMunicipality", $"Kuntaa '{unknown}' ei ole alueella."));
        }

        int? organisationId = null;
        if (!string.IsNullOrWhiteSpace(organisation))
        {
            var code = organisation.Trim();
            var numeric = int.TryParse(code, out var id) ? id : -1;
            organisationId = await db.Organisations.Where(o => o.Code == code || o.Id == numeric).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
            if (organisationId is null)
            {
                problems.Add(new AccountProblem("Organisation", "UnknownOrganisation", $"Organisaatiota '{code}' ei löydy."));
            }
        }

        switch (role)
        {
            case EditorRoles.MunicipalityEditor when codes.Count == 0:
                problems.Add(new AccountProblem("Municipalities", "MunicipalityRequired", "Kunnan päivittäjälle on annettava vähintään yksi kunta."));
                break;
            case EditorRoles.OrganisationEditor when string.IsNullOrWhiteSpace(organisation):
                problems.Add(new AccountProblem("Organisation", "OrganisationRequired", "Organisaation päivittäjälle on annettava organisaatio."));
                break;
            case EditorRoles.Reviewer when codes.Count == 0 && string.IsNullOrWhiteSpace(organisation):
                problems.Add(new AccountProblem("Municipalities", "ReviewerScopeRequired", "Tarkastajalle on annettava kunnat tai organisaatio."));
                break;
            default:
                break;
        }

        // An admin's scope is the whole region, an area leader's is their area; a stray scope would only confuse the users page.
        return role is EditorRoles.RegionalAdmin or EditorRoles.AreaLeader ? ([], null) : (codes, organisationId);
    }
}
