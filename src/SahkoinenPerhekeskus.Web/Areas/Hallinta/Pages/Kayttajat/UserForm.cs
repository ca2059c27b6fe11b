using SahkoinenPerhekeskus.Core.Accounts;
using SahkoinenPerhekeskus.Core.Catalogue;
using SahkoinenPerhekeskus.Core.Structure;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages.Kayttajat;

/// <summary>An account's role and scope as posted; flags bind as text so nothing fails in English.</summary>
public sealed class UserForm
{
    public string? Email { get; set; }
    public string? DisplayName { get; set; }
    public string? Role { get; set; }
    public List<string> Municipalities { get; set; } = [];
    public string? Organisation { get; set; }
    public string? Area { get; set; }
    public string? IncludeOrganisationServices { get; set; }
    public string? RequireTwoFactor { get; set; }

    public static UserForm From(EditorUser user, string role, IReadOnlyDictionary<int, string> organisationCodes, string? area) => new()
    {
        Area = area,
        Email = user.Email,
        DisplayName = user.DisplayName,
        Role = role,
        Municipalities = [.. user.MunicipalityCodes],
        Organisation = user.OrganisationId is { } id ? organisationCodes.GetValueOrDefault(id) : null,
        IncludeOrganisationServices = user.IncludeOrganisationServices ? "true" : null,
        RequireTwoFactor = user.RequireTwoFactor ? "true" : null,
    };
}

public sealed record UserFormModel(UserForm Form, IReadOnlyList<Municipality> Municipalities, IReadOnlyList<Organisation> Organisations, IReadOnlyList<Area> Areas);
