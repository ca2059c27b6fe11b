using Microsoft.AspNetCore.Identity;

namespace SahkoinenPerhekeskus.Core.Accounts;

/// <summary>A back-office account. Its scope (municipalities, organisation) decides what it may change.</summary>
public class EditorUser : IdentityUser
{
    public string? DisplayName { get; set; }
}
