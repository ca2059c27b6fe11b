using Microsoft.AspNetCore.Antiforgery;
using SahkoinenPerhekeskus.Core.Feedback;

namespace SahkoinenPerhekeskus.Web.Palaute;

/// <summary>
/// The form's POST: antiforgery, validate, store, and redirect back to the page (post/redirect/get) with a thank-you
/// in the query string. No cookie, session or TempData carries anything; a missing answer redirects back with an
/// error state instead.
/// </summary>
public static class FeedbackEndpoint
{
    /// <summary>The largest form accepted: the text field is capped well below this.</summary>
    public const long MaxBodyBytes = 16 * 1024;

    public static IEndpointRouteBuilder MapFeedbackForm(this IEndpointRouteBuilder endpoints)
    {
        foreach (var language in SiteLanguage.All)
        {
            endpoints.MapPost(language.PathPrefix + FeedbackForm.Path, PostAsync)
                .RequireRateLimiting(FeedbackRateLimit.Policy)
                .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
                .ExcludeFromDescription();
        }

        return endpoints;
    }

    private static async Task<IResult> PostAsync(HttpContext context, IAntiforgery antiforgery, FeedbackRecorder recorder, ILanguageContext lang, CancellationToken ct)
    {
        if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
        {
            return Results.StatusCode(StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync(ct);
        var page = form[FeedbackForm.PageField].ToString();
        if (!FeedbackForm.TryParsePage(page, out var kind, out var slug))
        {
            return Results.StatusCode(StatusCodes.Status400BadRequest);
        }

        var answer = form[FeedbackForm.AnswerField].ToString();
        if (answer is not (FeedbackForm.Yes or FeedbackForm.No))
        {
            return Results.Redirect(BackTo(lang, page, FeedbackForm.MissingAnswerState));
        }

        var text = form[FeedbackForm.TextField].ToString();
        if (!await recorder.RecordAsync(new FeedbackSubmission(kind, slug, answer == FeedbackForm.Yes, text), ct))
        {
            return Results.StatusCode(StatusCodes.Status404NotFound);
        }

        return Results.Redirect(BackTo(lang, page, FeedbackForm.ThanksState));
    }

    // The page path was checked by TryParsePage, so the redirect can only go to a service or content page here.
    private static string BackTo(ILanguageContext lang, string page, string state) =>
        lang.Url($"{page}?{FeedbackForm.StateParameter}={state}#{FeedbackForm.Anchor}");
}
