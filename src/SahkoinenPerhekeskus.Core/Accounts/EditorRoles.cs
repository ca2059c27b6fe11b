namespace SahkoinenPerhekeskus.Core.Accounts;

/// <summary>The back-office roles (ARCHITECTURE §3). Names are the identifiers used on the command line and in claims.</summary>
public static class EditorRoles
{
    public const string RegionalAdmin = "regional-admin";
    public const string MunicipalityEditor = "municipality-editor";
    public const string OrganisationEditor = "organisation-editor";
    public const string Reviewer = "reviewer";

    /// <summary>
    /// A family-centre area's leader: reads the indicators dashboard of one area (claim <see cref="AreaClaim"/>)
    /// and changes nothing, so the content pages of the back office are closed to them.
    /// </summary>
    public const string AreaLeader = "area-leader";

    /// <summary>The area code of an <see cref="AreaLeader"/>, kept as an Identity user claim.</summary>
    public const string AreaClaim = "perhekeskus:area";

    /// <summary>Roles that work on content: the service editor, pages and the rest of /hallinta.</summary>
    public static IReadOnlyList<string> ContentRoles { get; } = [RegionalAdmin, MunicipalityEditor, OrganisationEditor, Reviewer];

    /// <summary>Roles an account can be given.</summary>
    public static IReadOnlyList<string> Assignable { get; } = [.. ContentRoles, AreaLeader];

    /// <summary>Every role stored in the database.</summary>
    public static IReadOnlyList<string> All => Assignable;

    public static bool IsAssignable(string? role) => role is not null && Assignable.Contains(role);

    /// <summary>Stable role ids, so the roles can be seeded by the migration on both providers.</summary>
    internal static string IdOf(string role) => "role-" + role;
}
