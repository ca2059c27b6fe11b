using Microsoft.Extensions.Localization;

namespace SahkoinenPerhekeskus.Web;

/// <summary>Shows a stored version note, actor or audit summary in the reader's language (see <see cref="RecordCodes"/>).</summary>
public static class RecordText
{
    public static string Record(this IStringLocalizer<Hallinta> t, string? text)
    {
        if (RecordCodes.Parse(text) is not { } parsed)
        {
            return text ?? "";
        }

        var localized = parsed.Argument is null ? t["Record." + parsed.Code] : t["Record." + parsed.Code, parsed.Argument];

        // An unknown code (an editor's own note that happens to start with '@') is shown as written.
        return localized.ResourceNotFound ? text! : localized.Value;
    }
}
