using Microsoft.AspNetCore.Identity;

namespace SahkoinenPerhekeskus.Core.Accounts;

/// <summary>A back-office account. Its scope (municipalities, organisation) decides what it may change.</summary>
public class EditorUser : IdentityUser
{
    public const int MaxDisplayName = 100;

    public string? DisplayName { get; set; }

    /// <summary>Statistics Finland codes of the municipalities a municipality editor or reviewer works on.</summary>
    public List<string> MunicipalityCodes { get; set; } = [];

    /// <summary>The organisation an organisation editor (or an organisation's reviewer) works for.</summary>
    public int? OrganisationId { get; set; }

    /// <summary>
    /// Whether a municipality editor may also change NGO and parish services located in their municipalities
    /// (ARCHITECTURE §3: "only if granted"). Off by default: those services belong to their organisations.
    /// </summary>
    public bool IncludeOrganisationServices { get; set; }

    /// <summary>Set by a regional admin: the account must enrol a TOTP authenticator before it can do anything else.</summary>
    public bool RequireTwoFactor { get; set; }

    public DateTime CreatedAt { get; set; }
}
