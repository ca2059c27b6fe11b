using System.Globalization;
using System.Text;

namespace SahkoinenPerhekeskus.Core.Feedback;

/// <summary>
/// Turns what a family typed into the form counted in search demand: lower case, letters and digits only, single
/// spaces, at most <see cref="SearchTerm.MaxText"/> characters. Text that holds personal data is never counted as a term.
/// </summary>
public static class SearchTermNormaliser
{
    public static string? Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || PersonalDataScrubber.Scrub(text).Found != PersonalData.None)
        {
            return null;
        }

        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(c);
                space = false;
            }
            else
            {
                space = true;
            }
        }

        var normalised = sb.ToString();
        if (normalised.Length > SearchTerm.MaxText)
        {
            var cut = normalised.LastIndexOf(' ', SearchTerm.MaxText);
            normalised = cut > 0 ? normalised[..cut] : normalised[..SearchTerm.MaxText];
        }

        return normalised.Length == 0 ? null : normalised;
    }
}
