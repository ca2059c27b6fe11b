namespace SahkoinenPerhekeskus.Core.Accounts;

/// <summary>The back-office roles (ARCHITECTURE §3). Names are the identifiers used on the command line and in claims.</summary>
public static class EditorRoles
{
    public const string RegionalAdmin = "regional-admin";
    public const string MunicipalityEditor = "municipality-editor";
    public const string OrganisationEditor = "organisation-editor";
    public const string Reviewer = "reviewer";

    /// <summary>Reserved for a later issue (family-centre area leaders); it exists as a role but grants nothing yet.</summary>
    public const string AreaLeader = "area-leader";

    /// <summary>Roles an account can be given today.</summary>
    public static IReadOnlyList<string> Assignable { get; } = [RegionalAdmin, MunicipalityEditor, OrganisationEditor, Reviewer];

    /// <summary>Every role stored in the database, the reserved one included.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Assignable, AreaLeader];

    /// <summary>All roles that may open the back office at all.</summary>
    public const string AnyEditor = RegionalAdmin + "," + MunicipalityEditor + "," + OrganisationEditor + "," + Reviewer;

    public static bool IsAssignable(string? role) => role is not null && Assignable.Contains(role);

    /// <summary>Stable role ids, so the roles can be seeded by the migration on both providers.</summary>
    internal static string IdOf(string role) => "role-" + role;
}
