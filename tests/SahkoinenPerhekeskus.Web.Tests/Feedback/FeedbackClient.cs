using System.Text.RegularExpressions;
using SahkoinenPerhekeskus.Web.Palaute;

namespace SahkoinenPerhekeskus.Web.Tests.Feedback;

/// <summary>Does what a browser without JavaScript does with the feedback form.</summary>
public static partial class FeedbackClient
{
    /// <summary>Opens the page (which sets the antiforgery cookie) and posts the form found on it.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string pageUrl, string? answer, string? text = null, string? pagePath = null)
    {
        var html = await client.GetStringAsync(pageUrl);
        var form = FormAction().Match(html);
        Assert.True(form.Success, "no feedback form on " + pageUrl);
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token().Match(html).Groups[1].Value,
            [FeedbackForm.PageField] = pagePath ?? WebUtility.HtmlDecode(PageField().Match(html).Groups[1].Value),
        };
        if (answer is not null)
        {
            fields[FeedbackForm.AnswerField] = answer;
        }

        if (text is not null)
        {
            fields[FeedbackForm.TextField] = text;
        }

        return await client.PostAsync(WebUtility.HtmlDecode(form.Groups[1].Value), new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]*palaute/vastaus)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"sivu\" value=\"([^\"]*)\"")]
    private static partial Regex PageField();
}
