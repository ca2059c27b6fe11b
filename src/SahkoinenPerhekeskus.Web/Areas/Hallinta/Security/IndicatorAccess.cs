using System.Security.Claims;
using SahkoinenPerhekeskus.Core.Accounts;
using SahkoinenPerhekeskus.Core.Feedback.Indicators;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Security;

/// <summary>
/// Whose figures a signed-in user may see on the indicators dashboard, from their back-office roles and scope
/// claims; null when none. The policies <see cref="BackOfficePolicies.Indicators"/> and
/// <see cref="BackOfficePolicies.ZeroResults"/> ask the same questions, so a page and its policy cannot disagree.
/// </summary>
public static class IndicatorAccess
{
    /// <summary>Regional admins see the region; an area leader sees their one area.</summary>
    public static IndicatorScope? DashboardScope(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        if (user.IsInRole(EditorRoles.RegionalAdmin))
        {
            return IndicatorScope.Region;
        }

        // An area leader without exactly one area sees nothing rather than too much.
        var areas = user.FindAll(EditorRoles.AreaClaim).Select(c => c.Value).Distinct(StringComparer.Ordinal).ToList();
        return user.IsInRole(EditorRoles.AreaLeader) && areas.Count == 1 ? IndicatorScope.Area(areas[0]) : null;
    }

    /// <summary>The dashboard's readers, and municipality editors for the searches of their municipalities.</summary>
    public static IndicatorScope? ZeroResultsScope(ClaimsPrincipal user)
    {
        if (DashboardScope(user) is { } scope)
        {
            return scope;
        }

        var codes = user.FindAll(EditorScope.MunicipalityClaim).Select(c => c.Value).ToList();
        return user.Identity?.IsAuthenticated == true && user.IsInRole(EditorRoles.MunicipalityEditor) && codes.Count > 0
            ? IndicatorScope.Municipalities(codes)
            : null;
    }
}
