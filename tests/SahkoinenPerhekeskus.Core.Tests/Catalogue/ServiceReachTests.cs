using SahkoinenPerhekeskus.Core.Structure;

namespace SahkoinenPerhekeskus.Core.Tests.Catalogue;

public class ServiceReachTests
{
    private static readonly Area Keskinen = new() { Id = 1, Code = "keskinen" };
    private static readonly Area Pohjoinen = new() { Id = 2, Code = "pohjoinen" };
    private static readonly Municipality Joensuu = new() { Id = 1, Code = "167", Slug = "joensuu", AreaId = 1, Area = Keskinen };
    private static readonly Municipality Kontiolahti = new() { Id = 2, Code = "276", Slug = "kontiolahti", AreaId = 1, Area = Keskinen };
    private static readonly Municipality Lieksa = new() { Id = 3, Code = "422", Slug = "lieksa", AreaId = 2, Area = Pohjoinen };
    private static readonly Municipality[] All = [Joensuu, Kontiolahti, Lieksa];

    private static Service Make(ServiceCoverage coverage, Municipality[]? municipalities = null, Area[]? areas = null) => new()
    {
        PublicId = "x",
        Slug = "x",
        Coverage = coverage,
        Municipalities = [.. municipalities ?? []],
        Areas = [.. areas ?? []],
    };

    [Fact]
    public void Local_ServesOnlyListedMunicipalities()
    {
        var s = Make(ServiceCoverage.Local, [Lieksa]);
        Assert.Equal(["422"], s.ServedMunicipalityCodes(All));
    }

    [Fact]
    public void Area_ServesEveryMunicipalityOfTheArea()
    {
        var s = Make(ServiceCoverage.Areas, areas: [Keskinen]);
        Assert.Equal(["167", "276"], s.ServedMunicipalityCodes(All));
    }

    [Theory]
    [InlineData(ServiceCoverage.Region)]
    [InlineData(ServiceCoverage.National)]
    public void RegionAndNational_ServeEveryMunicipality(ServiceCoverage coverage)
    {
        Assert.Equal(["167", "276", "422"], Make(coverage).ServedMunicipalityCodes(All));
    }

    [Fact]
    public void IsWithin_LocalServiceInsideEditorScope_IsTrue()
    {
        var s = Make(ServiceCoverage.Local, [Joensuu, Kontiolahti]);
        Assert.True(s.IsWithin(new HashSet<string> { "167", "276" }, All));
        Assert.False(s.IsWithin(new HashSet<string> { "167" }, All));
    }

    [Fact]
    public void IsWithin_AreaServiceNeedsTheWholeArea()
    {
        var s = Make(ServiceCoverage.Areas, areas: [Keskinen]);
        Assert.False(s.IsWithin(new HashSet<string> { "167" }, All));
        Assert.True(s.IsWithin(new HashSet<string> { "167", "276" }, All));
    }

    [Theory]
    [InlineData(ServiceCoverage.Region)]
    [InlineData(ServiceCoverage.National)]
    public void IsWithin_RegionWideService_IsNeverInAMunicipalScope(ServiceCoverage coverage)
    {
        Assert.False(Make(coverage).IsWithin(new HashSet<string> { "167", "276", "422" }, All));
    }
}
