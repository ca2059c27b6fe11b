// In the root namespace for the same reason as SharedResource: the localizer then finds Resources/Hallinta.resx.
namespace SahkoinenPerhekeskus.Web;

/// <summary>Marker type for the back office's UI strings in <c>Resources/Hallinta*.resx</c> (Finnish neutral, sv, en).</summary>
public sealed class Hallinta;
