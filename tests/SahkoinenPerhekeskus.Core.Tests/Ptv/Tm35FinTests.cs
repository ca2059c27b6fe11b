using SahkoinenPerhekeskus.Core.Ptv;

namespace SahkoinenPerhekeskus.Core.Tests.Ptv;

/// <summary>Reference values from PROJ (cs2cs EPSG:3067 → EPSG:4326, proj-bin 9 on Debian 12).</summary>
public sealed class Tm35FinTests
{
    [Theory]
    [InlineData(6672302, 385796, 60.17159937, 24.94162289)]
    [InlineData(6944100, 641234, 62.60058205, 29.75138440)]
    [InlineData(6651411.19, 500000, 60.00000000, 27.00000000)]
    [InlineData(7000000, 732000, 63.05490483, 31.59174210)]
    [InlineData(6700000, 250000, 60.35903016, 22.46631500)]
    public void ToWgs84_MatchesProj(double northing, double easting, double latitude, double longitude)
    {
        var (lat, lon) = Tm35Fin.ToWgs84(northing, easting);

        // 1e-7 degrees is about a centimetre.
        Assert.InRange(Math.Abs(lat - latitude), 0, 2e-7);
        Assert.InRange(Math.Abs(lon - longitude), 0, 2e-7);
    }

    [Fact]
    public void ToWgs84_OnTheCentralMeridian_IsExactly27East() => Assert.Equal(27.0, Tm35Fin.ToWgs84(7_100_000, 500_000).Longitude, 10);

    [Theory]
    [InlineData(641234, 6944100, true)]
    [InlineData(62.6, 29.75, false)]
    [InlineData(0, 0, false)]
    public void IsInFinland_TellsProjectedFromDegrees(double easting, double northing, bool expected) =>
        Assert.Equal(expected, Tm35Fin.IsInFinland(easting, northing));
}
