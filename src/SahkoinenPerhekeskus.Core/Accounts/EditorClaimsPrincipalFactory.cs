using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace SahkoinenPerhekeskus.Core.Accounts;

/// <summary>
/// Adds the account's scope to its cookie. When an admin changes a scope the security stamp changes too, so the
/// old cookie stops working at the next validation (see the back office's SecurityStampValidator interval).
/// </summary>
public sealed class EditorClaimsPrincipalFactory(
    UserManager<EditorUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<EditorUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(EditorUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        foreach (var code in user.MunicipalityCodes)
        {
            identity.AddClaim(new Claim(EditorScope.MunicipalityClaim, code));
        }

        if (user.OrganisationId is { } organisation)
        {
            identity.AddClaim(new Claim(EditorScope.OrganisationClaim, organisation.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (user.IncludeOrganisationServices)
        {
            identity.AddClaim(new Claim(EditorScope.OrganisationServicesClaim, "true"));
        }

        if (user.RequireTwoFactor && !user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(EditorScope.TwoFactorSetupClaim, "true"));
        }

        if (!string.IsNullOrWhiteSpace(user.DisplayName))
        {
            identity.AddClaim(new Claim(ClaimTypes.GivenName, user.DisplayName));
        }

        return identity;
    }
}
