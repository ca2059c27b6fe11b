namespace SahkoinenPerhekeskus.Web.UrgentHelp;

/// <summary>
/// The urgent-help region (<c>#kiireellinen-apu</c>) in the footer of every page, error pages included.
/// If the source throws, the static national numbers are shown instead of failing the page.
/// </summary>
public sealed class UrgentHelpViewComponent(
    IUrgentHelpSource source,
    ILanguageContext language,
    ILogger<UrgentHelpViewComponent> logger) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var lang = language.Current.Code;
        IReadOnlyList<UrgentHelpItem> items;
        try
        {
            items = await source.GetAsync(lang, HttpContext.RequestAborted);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.SourceFailed(exception);
            items = [];
        }

        return View(items.Count > 0 ? items : StaticUrgentHelpSource.For(lang));
    }
}

internal static partial class UrgentHelpLog
{
    [LoggerMessage(1, LogLevel.Error, "Urgent help source failed; showing the static national numbers")]
    public static partial void SourceFailed(this ILogger logger, Exception exception);
}
