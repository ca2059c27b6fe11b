// In the root namespace, like SharedResource: with ResourcesPath "Resources" the localizer then looks for
// "SahkoinenPerhekeskus.Web.Resources.PalauteResource", the name Resources/PalauteResource*.resx get.
namespace SahkoinenPerhekeskus.Web;

/// <summary>
/// Marker type for the strings of the public feedback form in <c>Resources/PalauteResource*.resx</c>
/// (kept apart from <c>SharedResource</c> so the feature merges cleanly): inject <c>IStringLocalizer&lt;PalauteResource&gt;</c>.
/// </summary>
public sealed class PalauteResource;
