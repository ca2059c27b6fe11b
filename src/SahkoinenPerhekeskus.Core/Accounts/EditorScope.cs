using System.Security.Claims;

namespace SahkoinenPerhekeskus.Core.Accounts;

/// <summary>
/// What a signed-in account may work on: its role, municipalities and organisation. Built from the claims that
/// <see cref="EditorClaimsPrincipalFactory"/> puts into the sign-in cookie, so a check needs no database round trip.
/// </summary>
public sealed record EditorScope(string? Role, IReadOnlySet<string> MunicipalityCodes, int? OrganisationId, bool IncludeOrganisationServices)
{
    public const string MunicipalityClaim = "pk:municipality";
    public const string OrganisationClaim = "pk:organisation";
    public const string OrganisationServicesClaim = "pk:organisation-services";
    public const string TwoFactorSetupClaim = "pk:two-factor-setup";

    public static EditorScope None { get; } = new(null, new HashSet<string>(), null, false);

    public bool IsAdmin => Role == EditorRoles.RegionalAdmin;

    public static EditorScope From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return None;
        }

        var role = EditorRoles.ContentRoles.FirstOrDefault(user.IsInRole);
        var codes = user.FindAll(MunicipalityClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var organisation = int.TryParse(user.FindFirst(OrganisationClaim)?.Value, out var id) ? id : (int?)null;
        return new EditorScope(role, codes, organisation, user.HasClaim(OrganisationServicesClaim, "true"));
    }

    public static EditorScope From(EditorUser user, string? role) =>
        new(role, user.MunicipalityCodes.ToHashSet(StringComparer.Ordinal), user.OrganisationId, user.IncludeOrganisationServices);
}
