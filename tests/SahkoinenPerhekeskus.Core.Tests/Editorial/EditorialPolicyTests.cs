using SahkoinenPerhekeskus.Core.Accounts;
using SahkoinenPerhekeskus.Core.Editorial;

namespace SahkoinenPerhekeskus.Core.Tests.Editorial;

/// <summary>The rule book behind the back office's one authorization handler, every operation against every kind of scope.</summary>
public sealed class EditorialPolicyTests
{
    private static readonly EditorScope Admin = new(EditorRoles.RegionalAdmin, new HashSet<string>(), null, false);
    private static readonly EditorScope Joensuu = new(EditorRoles.MunicipalityEditor, new HashSet<string> { "167" }, null, false);
    private static readonly EditorScope JoensuuWithNgos = Joensuu with { IncludeOrganisationServices = true };
    private static readonly EditorScope Mll = new(EditorRoles.OrganisationEditor, new HashSet<string>(), 7, false);
    private static readonly EditorScope Reviewer = new(EditorRoles.Reviewer, new HashSet<string> { "167" }, null, false);
    private static readonly EditorScope AreaLeader = new(EditorRoles.AreaLeader, new HashSet<string> { "167" }, null, false);

    private static readonly ScopeTarget JoensuuService = new(2, OrganisationKind.Municipality, ["167"], false);
    private static readonly ScopeTarget TwoMunicipalities = new(2, OrganisationKind.Municipality, ["167", "276"], false);
    private static readonly ScopeTarget LieksaService = new(3, OrganisationKind.Municipality, ["422"], false);
    private static readonly ScopeTarget RegionService = new(1, OrganisationKind.WellbeingCounty, [], true);
    private static readonly ScopeTarget MllInJoensuu = new(7, OrganisationKind.Ngo, ["167"], false);
    private static readonly ScopeTarget MllInLieksa = new(7, OrganisationKind.Ngo, ["422"], false);

    public static TheoryData<EditorialOperation> ServiceOperations =>
    [
        .. Enum.GetValues<EditorialOperation>().Where(o => o is not (EditorialOperation.ManageStructure or EditorialOperation.ManageUsers)),
    ];

    [Theory]
    [MemberData(nameof(ServiceOperations))]
    public void Admin_MayDoEverythingEverywhere(EditorialOperation operation)
    {
        Assert.True(EditorialPolicy.Allows(Admin, operation, LieksaService));
        Assert.True(EditorialPolicy.Allows(Admin, operation, RegionService));
        Assert.True(EditorialPolicy.Allows(Admin, EditorialOperation.ManageStructure, ScopeTarget.Region));
    }

    [Theory]
    [MemberData(nameof(ServiceOperations))]
    public void MunicipalityEditor_OwnMunicipalityOnly(EditorialOperation operation)
    {
        Assert.True(EditorialPolicy.Allows(Joensuu, operation, JoensuuService));
        Assert.False(EditorialPolicy.Allows(Joensuu, operation, LieksaService));
        Assert.False(EditorialPolicy.Allows(Joensuu, operation, TwoMunicipalities));
        Assert.False(EditorialPolicy.Allows(Joensuu, operation, RegionService));
        Assert.False(EditorialPolicy.Allows(Joensuu, operation, MllInJoensuu));
        Assert.True(EditorialPolicy.Allows(JoensuuWithNgos, operation, MllInJoensuu));
    }

    [Theory]
    [MemberData(nameof(ServiceOperations))]
    public void OrganisationEditor_OwnOrganisationAnywhere(EditorialOperation operation)
    {
        Assert.True(EditorialPolicy.Allows(Mll, operation, MllInJoensuu));
        Assert.True(EditorialPolicy.Allows(Mll, operation, MllInLieksa));
        Assert.False(EditorialPolicy.Allows(Mll, operation, JoensuuService));
        Assert.False(EditorialPolicy.Allows(Mll, operation, RegionService));
    }

    [Theory]
    [MemberData(nameof(ServiceOperations))]
    public void Reviewer_LooksAndPublishesWhatIsInReview(EditorialOperation operation)
    {
        var allowed = operation is EditorialOperation.View or EditorialOperation.Preview or EditorialOperation.ViewHistory;
        Assert.Equal(allowed, EditorialPolicy.Allows(Reviewer, operation, JoensuuService));
        Assert.Equal(allowed || operation == EditorialOperation.Publish, EditorialPolicy.Allows(Reviewer, operation, JoensuuService with { InReview = true }));
        Assert.False(EditorialPolicy.Allows(Reviewer, operation, LieksaService with { InReview = true }));
    }

    [Theory]
    [MemberData(nameof(ServiceOperations))]
    public void ReservedAndAnonymous_MayDoNothing(EditorialOperation operation)
    {
        Assert.False(EditorialPolicy.Allows(AreaLeader, operation, JoensuuService));
        Assert.False(EditorialPolicy.Allows(EditorScope.None, operation, JoensuuService));
    }

    [Fact]
    public void NonAdmins_NeverManageStructureOrUsers()
    {
        foreach (var scope in new[] { Joensuu, JoensuuWithNgos, Mll, Reviewer, AreaLeader })
        {
            Assert.False(EditorialPolicy.Allows(scope, EditorialOperation.ManageStructure, JoensuuService));
            Assert.False(EditorialPolicy.Allows(scope, EditorialOperation.ManageUsers, ScopeTarget.Region));
        }
    }

    [Fact]
    public void MunicipalNews_BelongsToThatMunicipality()
    {
        var news = ScopeTarget.For(new Core.Publishing.ContentPage { Slug = "x" }, new Core.Structure.Municipality { Code = "167", Slug = "joensuu" });

        Assert.True(EditorialPolicy.Allows(Joensuu, EditorialOperation.Edit, news));
        Assert.False(EditorialPolicy.Allows(Mll, EditorialOperation.Edit, news));
        Assert.False(EditorialPolicy.Allows(Joensuu, EditorialOperation.Edit, ScopeTarget.For(new Core.Publishing.ContentPage { Slug = "y" }, null)));
    }

    [Theory]
    [MemberData(nameof(ServiceOperations))]
    public void MunicipalityEditor_MayNotPutALocalServiceUnderAnotherMunicipalitysName(EditorialOperation operation)
    {
        var underLieksasName = new ScopeTarget(3, OrganisationKind.Municipality, ["167"], false, OrganisationMunicipality: "422");
        var underOwnName = underLieksasName with { OrganisationId = 2, OrganisationMunicipality = "167" };
        var underTheCounty = new ScopeTarget(1, OrganisationKind.WellbeingCounty, ["167"], false);
        var underANationalBody = new ScopeTarget(9, OrganisationKind.National, ["167"], false);

        Assert.False(EditorialPolicy.Allows(Joensuu, operation, underLieksasName));
        Assert.True(EditorialPolicy.Allows(Joensuu, operation, underOwnName));
        Assert.True(EditorialPolicy.Allows(Joensuu, operation, underTheCounty));
        Assert.False(EditorialPolicy.Allows(Joensuu, operation, underANationalBody));
        Assert.True(EditorialPolicy.Allows(Admin, operation, underLieksasName));
    }

    [Fact]
    public void MayNameProvider_FollowsTheScope()
    {
        Assert.True(EditorialPolicy.MayNameProvider(Joensuu, OrganisationKind.Municipality, 2, "167"));
        Assert.False(EditorialPolicy.MayNameProvider(Joensuu, OrganisationKind.Municipality, 3, "422"));
        Assert.False(EditorialPolicy.MayNameProvider(Joensuu, OrganisationKind.Ngo, 7, null));
        Assert.True(EditorialPolicy.MayNameProvider(JoensuuWithNgos, OrganisationKind.Ngo, 7, null));
        Assert.True(EditorialPolicy.MayNameProvider(Mll, OrganisationKind.Ngo, 7, null));
        Assert.False(EditorialPolicy.MayNameProvider(Mll, OrganisationKind.Ngo, 8, null));
        Assert.False(EditorialPolicy.MayNameProvider(Reviewer with { MunicipalityCodes = new HashSet<string>() }, OrganisationKind.WellbeingCounty, 1, null));
    }
}
