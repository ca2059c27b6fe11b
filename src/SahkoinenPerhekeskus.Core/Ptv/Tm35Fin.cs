namespace SahkoinenPerhekeskus.Core.Ptv;

/// <summary>
/// ETRS-TM35FIN (EPSG:3067) to geographic ETRS89 coordinates, which agree with WGS84 to well under a metre: the
/// inverse transverse Mercator of JHS 154 (Krüger series on GRS80, central meridian 27°E, scale 0.9996, false
/// easting 500 000 m). PTV gives service location coordinates in this system.
/// </summary>
public static class Tm35Fin
{
    private const double A = 6378137.0;
    private const double F = 1 / 298.257222101;
    private const double K0 = 0.9996;
    private const double FalseEasting = 500000.0;
    private const double CentralMeridian = 27.0 * Math.PI / 180;

    private static readonly double N = F / (2 - F);
    private static readonly double A1 = A / (1 + N) * (1 + (N * N / 4) + (Math.Pow(N, 4) / 64));
    private static readonly double E = Math.Sqrt(F * (2 - F));
    private static readonly double H1 = (N / 2) - (2.0 / 3 * N * N) + (37.0 / 96 * Math.Pow(N, 3)) - (1.0 / 360 * Math.Pow(N, 4));
    private static readonly double H2 = (1.0 / 48 * N * N) + (1.0 / 15 * Math.Pow(N, 3)) - (437.0 / 1440 * Math.Pow(N, 4));
    private static readonly double H3 = (17.0 / 480 * Math.Pow(N, 3)) - (37.0 / 840 * Math.Pow(N, 4));
    private static readonly double H4 = 4397.0 / 161280 * Math.Pow(N, 4);

    /// <summary>The easting and northing of Finland's extent in TM35FIN, with a margin; outside it a value is not a Finnish place.</summary>
    public static bool IsInFinland(double easting, double northing) =>
        easting is > 40_000 and < 780_000 && northing is > 6_580_000 and < 7_820_000;

    /// <summary>Latitude and longitude in degrees for a TM35FIN northing and easting in metres.</summary>
    public static (double Latitude, double Longitude) ToWgs84(double northing, double easting)
    {
        var xi = northing / (A1 * K0);
        var eta = (easting - FalseEasting) / (A1 * K0);
        var xiPrime = xi;
        var etaPrime = eta;
        var h = new[] { H1, H2, H3, H4 };
        for (var i = 1; i <= 4; i++)
        {
            xiPrime -= h[i - 1] * Math.Sin(2 * i * xi) * Math.Cosh(2 * i * eta);
            etaPrime -= h[i - 1] * Math.Cos(2 * i * xi) * Math.Sinh(2 * i * eta);
        }

        var beta = Math.Asin(Math.Sin(xiPrime) / Math.Cosh(etaPrime));
        var l = Math.Asin(Math.Tanh(etaPrime) / Math.Cos(beta));
        var q = Math.Asinh(Math.Tan(beta));
        var qPrime = q + (E * Math.Atanh(E * Math.Tanh(q)));

        // The isometric latitude converges in a few rounds to far below a millimetre.
        for (var i = 0; i < 5; i++)
        {
            qPrime = q + (E * Math.Atanh(E * Math.Tanh(qPrime)));
        }

        var latitude = Math.Atan(Math.Sinh(qPrime));
        return (latitude * 180 / Math.PI, (CentralMeridian + l) * 180 / Math.PI);
    }
}
