using System.Globalization;

namespace SahkoinenPerhekeskus.Core.Editorial;

/// <summary>
/// The words Core writes into version notes and audit entries are codes, not Finnish: a record outlives the
/// language of the editor who caused it, so the back office translates a code when it shows the record
/// (Hallinta*.resx, <c>Record.*</c>). A code starts with '@', which an editor's own note never needs to;
/// text without it (an editor's note, or a record written before codes) is shown as it is.
/// </summary>
public static class RecordCodes
{
    public const string Prefix = "@";

    public const string SystemActor = "@system";
    public const string Created = "@created";
    public const string Saved = "@saved";
    public const string SentForReview = "@review";
    public const string Published = "@published";
    public const string Unpublished = "@unpublished";
    public const string InitialContent = "@initial";

    public static string RestoredTo(int version) => Prefix + "restored:" + version.ToString(CultureInfo.InvariantCulture);

    public static string RuleCount(int rules) => Prefix + "rules:" + rules.ToString(CultureInfo.InvariantCulture);

    /// <summary>Splits "@restored:3" into ("restored", "3"); null for text that is not a code.</summary>
    public static (string Code, string? Argument)? Parse(string? text)
    {
        if (text is null || !text.StartsWith(Prefix, StringComparison.Ordinal) || text.Length == 1)
        {
            return null;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (text[1..], null) : (text[1..colon], text[(colon + 1)..]);
    }
}
