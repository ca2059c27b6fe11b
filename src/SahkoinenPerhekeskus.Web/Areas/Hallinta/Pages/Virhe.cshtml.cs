namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Pages;

/// <summary>
/// The back office's error page: editors' words (a form that could not be sent, a missing service) instead of the
/// public site's search advice, in the back-office shell. Re-executed with the original method, hence the POST
/// handler and no antiforgery check; the status comes from the route only, never from a posted field.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class VirheModel(HallintaText text) : HallintaPageModel(text)
{
    public int Code { get; private set; }

    /// <summary>Resource keys of the heading and the explanation.</summary>
    public string Kind { get; private set; } = "Generic";

    public void OnGet([FromRoute] int code)
    {
        Code = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        Kind = Code switch
        {
            StatusCodes.Status400BadRequest => "400",
            StatusCodes.Status403Forbidden => "403",
            StatusCodes.Status404NotFound or StatusCodes.Status410Gone => "404",
            StatusCodes.Status413PayloadTooLarge => "413",
            StatusCodes.Status429TooManyRequests => "429",
            >= 500 => "500",
            _ => "Generic",
        };
        Response.StatusCode = Code;
        Response.Headers.CacheControl = "no-store";
    }

    public void OnPost([FromRoute] int code) => OnGet(code);
}
