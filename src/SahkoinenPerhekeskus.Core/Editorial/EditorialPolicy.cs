using SahkoinenPerhekeskus.Core.Accounts;

namespace SahkoinenPerhekeskus.Core.Editorial;

/// <summary>
/// The one rule book of the back office: may this account do this to that resource? The web's authorization
/// handler asks only this, so every endpoint gets the same answer. Pure, so it is unit-tested exhaustively.
/// </summary>
public static class EditorialPolicy
{
    private static readonly HashSet<EditorialOperation> EditorOperations =
    [
        EditorialOperation.View, EditorialOperation.Create, EditorialOperation.Edit, EditorialOperation.Preview,
        EditorialOperation.SendForReview, EditorialOperation.Publish, EditorialOperation.Unpublish, EditorialOperation.Schedule,
        EditorialOperation.Rollback, EditorialOperation.Delete, EditorialOperation.UploadImage, EditorialOperation.MarkChecked,
        EditorialOperation.ViewHistory,
    ];

    private static readonly HashSet<EditorialOperation> ReviewerOperations =
    [
        EditorialOperation.View, EditorialOperation.Preview, EditorialOperation.ViewHistory,
    ];

    public static bool Allows(EditorScope scope, EditorialOperation operation, ScopeTarget target)
    {
        if (scope.IsAdmin)
        {
            return true;
        }

        if (!Covers(scope, target))
        {
            return false;
        }

        return scope.Role switch
        {
            EditorRoles.MunicipalityEditor or EditorRoles.OrganisationEditor => EditorOperations.Contains(operation),
            EditorRoles.Reviewer => ReviewerOperations.Contains(operation) || (operation == EditorialOperation.Publish && target.InReview),
            _ => false,
        };
    }

    /// <summary>Whether the account may start a new service anywhere: what decides if "Uusi palvelu" is offered at all.</summary>
    public static bool MayCreateServices(EditorScope scope) =>
        scope.IsAdmin || scope.Role is EditorRoles.MunicipalityEditor or EditorRoles.OrganisationEditor;

    /// <summary>New pages are region-wide (admins) or a municipality's news (its editors); nobody else may start one.</summary>
    public static bool MayCreatePages(EditorScope scope) =>
        scope.IsAdmin || (scope.Role == EditorRoles.MunicipalityEditor && scope.MunicipalityCodes.Count > 0);

    /// <summary>
    /// Whether the target lies inside the scope. An organisation scope owns the organisation's services; a
    /// municipality scope owns services wholly inside its municipalities (not region-wide ones), and NGO or parish
    /// services there only when granted.
    /// </summary>
    public static bool Covers(EditorScope scope, ScopeTarget target)
    {
        if (scope.IsAdmin)
        {
            return true;
        }

        if (scope.OrganisationId is { } organisation && target.OrganisationId == organisation)
        {
            return true;
        }

        if (scope.MunicipalityCodes.Count == 0 || target.RegionWide || target.MunicipalityCodes.Count == 0)
        {
            return false;
        }

        return MayNameProvider(scope, target.OrganisationKind, target.OrganisationId, target.OrganisationMunicipality)
            && target.MunicipalityCodes.All(scope.MunicipalityCodes.Contains);
    }

    /// <summary>
    /// Whether the account may name this organisation as a service's provider. A municipality scope names the
    /// wellbeing county, its own municipalities' organisations (not another municipality's: that would put a
    /// service under someone else's name), and NGOs and parishes when granted their services; never a national
    /// body. An organisation scope names only its own organisation.
    /// </summary>
    public static bool MayNameProvider(EditorScope scope, OrganisationKind? kind, int? organisationId, string? organisationMunicipality)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.IsAdmin || (scope.OrganisationId is { } own && organisationId == own))
        {
            return true;
        }

        if (scope.MunicipalityCodes.Count == 0)
        {
            return false;
        }

        return kind switch
        {
            OrganisationKind.WellbeingCounty => true,
            OrganisationKind.Municipality => organisationMunicipality is null || scope.MunicipalityCodes.Contains(organisationMunicipality),
            OrganisationKind.Ngo or OrganisationKind.Parish => scope.IncludeOrganisationServices,
            null => true,
            _ => false,
        };
    }
}
