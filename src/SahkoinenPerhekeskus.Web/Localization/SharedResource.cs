// Deliberately in the root namespace: with ResourcesPath "Resources" the localizer looks for
// "SahkoinenPerhekeskus.Web.Resources.SharedResource", which is the name Resources/SharedResource.resx gets.
// Keeping this class out of Resources/ stops MSBuild from renaming the .resx after it (DependentUpon).
namespace SahkoinenPerhekeskus.Web;

/// <summary>
/// Marker type for the UI strings in <c>Resources/SharedResource*.resx</c>: inject
/// <c>IStringLocalizer&lt;SharedResource&gt;</c>. Keys are identifiers (<c>Nav.Home</c>), so a missing
/// translation shows up as a key rather than as silent Finnish text.
/// </summary>
public sealed class SharedResource;
