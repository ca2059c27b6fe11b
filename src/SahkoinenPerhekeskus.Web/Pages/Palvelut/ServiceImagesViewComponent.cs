using SahkoinenPerhekeskus.Core.Catalogue.Queries;

namespace SahkoinenPerhekeskus.Web.Pages.Palvelut;

/// <summary>One image on a service page, with the alternative text in the page's language or, failing that, in Finnish.</summary>
public sealed record ServiceImageView(string JpegSrcSet, string WebpSrcSet, string Src, int Width, int Height, string Alt, string? AltLang);

/// <summary>
/// The service's uploaded images. A view component, so the public page and the editors' preview show them the same
/// way without either page model knowing about images.
/// </summary>
public sealed class ServiceImagesViewComponent(CatalogueQueries queries) : ViewComponent
{
    /// <summary>The width the markup reserves; the browser picks the real file from srcset and sizes.</summary>
    public const int DisplayWidth = 640;

    public async Task<IViewComponentResult> InvokeAsync(int serviceId)
    {
        var images = await queries.ImagesAsync(serviceId, HttpContext.RequestAborted);
        var lang = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return View(images.Where(i => i.Widths.Count > 0).Select(i => From(i, lang)).ToList());
    }

    public static ServiceImageView From(MediaImage image, string lang)
    {
        var width = image.Widths.Where(w => w <= DisplayWidth).DefaultIfEmpty(image.Widths.Min()).Max();
        var height = Math.Max(1, (int)Math.Round(image.Height * (width / (double)Math.Max(1, image.Width))));
        var exact = image.Alt.Exact(lang);
        return new ServiceImageView(
            Areas.Hallinta.Images.ImageLibrary.SrcSet(image, "jpg"),
            Areas.Hallinta.Images.ImageLibrary.SrcSet(image, "webp"),
            Areas.Hallinta.Images.ImageLibrary.Url(image, width, "jpg"),
            width,
            height,
            exact ?? image.Alt.Fi,
            exact is null && lang != "fi" ? "fi" : null);
    }
}
