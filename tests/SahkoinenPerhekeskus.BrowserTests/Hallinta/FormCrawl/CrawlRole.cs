using SahkoinenPerhekeskus.Core.Accounts;

namespace SahkoinenPerhekeskus.BrowserTests.Hallinta.FormCrawl;

/// <summary>
/// One of the five back-office roles as the crawl signs in with it: its own account (never a demo account, so no
/// other test's sign-in changes) and the organisation whose services its throwaway copies belong to.
/// </summary>
public sealed record CrawlRole(string Role, string Email, string[] Municipalities, string? Organisation, string? Area, string? ServiceOrganisation)
{
    public static IReadOnlyList<CrawlRole> All { get; } =
    [
        new(EditorRoles.RegionalAdmin, "kierros.admin@test.example", [], null, null, "kunta-167"),
        new(EditorRoles.MunicipalityEditor, "kierros.kunta@test.example", ["167"], null, null, "kunta-167"),
        new(EditorRoles.OrganisationEditor, "kierros.jarjesto@test.example", [], "mll-pohjois-karjala", null, "mll-pohjois-karjala"),
        new(EditorRoles.Reviewer, "kierros.tarkastaja@test.example", ["167"], null, null, "kunta-167"),
        new(EditorRoles.AreaLeader, "kierros.alue@test.example", [], null, "keskinen", null),
    ];

    public static CrawlRole Get(string role) => All.Single(r => r.Role == role);

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var role in All)
        {
            data.Add(role.Role);
        }

        return data;
    }
}
