using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using SahkoinenPerhekeskus.Core.Accounts;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Security;

/// <summary>"May this account do <see cref="Operation"/> to the resource?" The resource is a <see cref="ScopeTarget"/>.</summary>
public sealed class EditorialRequirement(EditorialOperation operation) : IAuthorizationRequirement
{
    public EditorialOperation Operation { get; } = operation;
}

/// <summary>
/// The one resource-based handler of the back office: every state-changing endpoint asks it, with the resource's
/// scope (a service, a page or the regional structure as a <see cref="ScopeTarget"/>). The rules are in
/// <see cref="EditorialPolicy"/> so they can be unit-tested without a web host.
/// </summary>
public sealed class EditorialAuthorizationHandler : AuthorizationHandler<EditorialRequirement, ScopeTarget>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, EditorialRequirement requirement, ScopeTarget resource)
    {
        if (EditorialPolicy.Allows(EditorScope.From(context.User), requirement.Operation, resource))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>What pages call: wraps <see cref="IAuthorizationService"/> so no page builds requirements itself.</summary>
public sealed class EditorialGuard(IAuthorizationService authorization)
{
    public async Task<bool> AllowsAsync(ClaimsPrincipal user, EditorialOperation operation, ScopeTarget target) =>
        (await authorization.AuthorizeAsync(user, target, new EditorialRequirement(operation))).Succeeded;
}

public static class BackOfficePolicies
{
    /// <summary>Any back-office account, area leaders included: the /hallinta area as a whole, e.g. one's own account.</summary>
    public const string SignedIn = "Hallinta.SignedIn";

    /// <summary>The roles that work on content: services, pages, coverage and the audit log.</summary>
    public const string Editor = "Hallinta.Editor";

    /// <summary>Regional admins only: structure and users.</summary>
    public const string Admin = "Hallinta.Admin";

    /// <summary>The indicators dashboard: regional admins, and area leaders with one area (<see cref="IndicatorAccess.DashboardScope"/>).</summary>
    public const string Indicators = "Hallinta.Indicators";

    /// <summary>Zero-result searches: the dashboard's readers and municipality editors with a municipality.</summary>
    public const string ZeroResults = "Hallinta.ZeroResults";
}
