namespace SahkoinenPerhekeskus.Web.Pages.Errors;

/// <summary>
/// The friendly error page for 400, 404, 500 and the rest. Status code pages and the exception handler
/// re-execute the request here, keeping its method: hence a POST handler and no antiforgery check.
/// The language comes from the original URL (see <c>RequestLanguage</c>); the status from the route only, never
/// from a posted field.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusCodeModel : PageModel
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
            StatusCodes.Status404NotFound or StatusCodes.Status410Gone => "404",
            >= 500 => "500",
            _ => "Generic",
        };
        Response.StatusCode = Code;
        Response.Headers.CacheControl = "no-store";
    }

    public void OnPost([FromRoute] int code) => OnGet(code);
}
