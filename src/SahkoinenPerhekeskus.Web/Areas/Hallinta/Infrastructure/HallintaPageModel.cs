using System.Security.Claims;
using Microsoft.Extensions.Localization;
using SahkoinenPerhekeskus.Core.Accounts;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Infrastructure;

/// <summary>The back office's UI strings (<c>Resources/Hallinta*.resx</c>), injectable under a name that does not clash with the area's namespace.</summary>
public sealed class HallintaText(IStringLocalizer<SahkoinenPerhekeskus.Web.Hallinta> localizer)
{
    public string this[string key] => localizer[key];

    public string this[string key, params object[] args] => localizer[key, args];
}

/// <summary>Shared helpers of back-office pages: the acting account, Finnish validation messages.</summary>
public abstract class HallintaPageModel(HallintaText text) : PageModel
{
    protected HallintaText Text => text;

    protected Actor Actor => new(User.FindFirstValue(ClaimTypes.NameIdentifier), User.Identity?.Name ?? "?");

    protected EditorScope Scope => EditorScope.From(User);

    public bool HasError(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;

    /// <summary>Adds "{label}: Tieto puuttuu." when the value is empty.</summary>
    protected void Required(string key, string? value, string labelKey)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            ModelState.AddModelError(key, text["Validation.RequiredField", text[labelKey]]);
        }
    }

    protected void Message(string key, params object[] args) => TempData["Message"] = text[key, args];

    /// <summary>The form again with 429, <c>Retry-After</c> and the wait in words (the sign-in throttle).</summary>
    protected PageResult Throttled(string field, TimeSpan wait)
    {
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        Response.Headers.RetryAfter = Web.Security.RateLimits.RetryAfterHeader(wait);
        var minutes = (int)Math.Ceiling(wait.TotalMinutes);
        ModelState.AddModelError(field, minutes <= 1 ? text["Login.ThrottledMinute"] : text["Login.Throttled", minutes]);
        return Page();
    }
}
