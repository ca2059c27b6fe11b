namespace SahkoinenPerhekeskus.Web.Localization;

/// <summary>
/// The languages a service is delivered in, each in its own name ("suomi", "svenska", "русский"), because a family
/// looking for help in their language recognises that name first.
/// </summary>
public static class LanguageNames
{
    public static string Native(string code)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            return culture.NativeName is { Length: > 0 } name && !culture.NativeName.StartsWith("Unknown", StringComparison.Ordinal)
                ? name
                : code;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}
