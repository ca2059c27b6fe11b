using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using SahkoinenPerhekeskus.Core.Accounts;
using SahkoinenPerhekeskus.Core.Feedback.Indicators;

namespace SahkoinenPerhekeskus.Web.Pages.Hallinta.Indikaattorit;

/// <summary>The role and claim names the dashboard relies on: the back office's own, so they cannot drift apart.</summary>
public static class IndicatorRoles
{
    public const string RegionalAdmin = EditorRoles.RegionalAdmin;

    /// <summary>Read-only, one family-centre area (the area code is in <see cref="AreaClaimType"/>).</summary>
    public const string AreaLeader = EditorRoles.AreaLeader;

    /// <summary>Sees the zero-result searches of the municipalities in <see cref="MunicipalityClaimType"/>.</summary>
    public const string MunicipalityEditor = EditorRoles.MunicipalityEditor;

    public const string AreaClaimType = EditorRoles.AreaClaim;

    /// <summary>The back office's municipality scope claim (one claim per Statistics Finland code).</summary>
    public const string MunicipalityClaimType = EditorScope.MunicipalityClaim;
}

public static class IndicatorPolicies
{
    /// <summary>The dashboard: regional admins, and area leaders with an area.</summary>
    public const string Dashboard = "Indikaattorit.Dashboard";

    /// <summary>Zero-result searches: the dashboard's readers and municipality editors with a municipality.</summary>
    public const string ZeroResults = "Indikaattorit.Haut";

    public static AuthorizationBuilder AddIndicatorPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Dashboard, p => p.RequireAuthenticatedUser().RequireAssertion(c => IndicatorAccess.DashboardScope(c.User) is not null))
        .AddPolicy(ZeroResults, p => p.RequireAuthenticatedUser().RequireAssertion(c => IndicatorAccess.ZeroResultsScope(c.User) is not null));
}

/// <summary>Which figures a signed-in user may see, from their roles and claims; null when none.</summary>
public static class IndicatorAccess
{
    public static IndicatorScope? DashboardScope(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        if (user.IsInRole(IndicatorRoles.RegionalAdmin))
        {
            return IndicatorScope.Region;
        }

        // An area leader without exactly one area sees nothing rather than too much.
        var areas = user.FindAll(IndicatorRoles.AreaClaimType).Select(c => c.Value).Distinct(StringComparer.Ordinal).ToList();
        return user.IsInRole(IndicatorRoles.AreaLeader) && areas.Count == 1 ? IndicatorScope.Area(areas[0]) : null;
    }

    public static IndicatorScope? ZeroResultsScope(ClaimsPrincipal user)
    {
        if (DashboardScope(user) is { } scope)
        {
            return scope;
        }

        var codes = user.FindAll(IndicatorRoles.MunicipalityClaimType).Select(c => c.Value).ToList();
        return user.Identity?.IsAuthenticated == true && user.IsInRole(IndicatorRoles.MunicipalityEditor) && codes.Count > 0
            ? IndicatorScope.Municipalities(codes)
            : null;
    }
}
