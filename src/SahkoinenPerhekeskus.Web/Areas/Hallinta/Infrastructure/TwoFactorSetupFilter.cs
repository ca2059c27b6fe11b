using Microsoft.AspNetCore.Mvc.Filters;
using SahkoinenPerhekeskus.Core.Accounts;

namespace SahkoinenPerhekeskus.Web.Areas.Hallinta.Infrastructure;

/// <summary>
/// When a regional admin requires two-factor authentication for an account that has not enrolled yet, every
/// back-office page leads to the enrolment page until it has.
/// </summary>
public sealed class TwoFactorSetupFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var page = context.ActionDescriptor.ViewEnginePath;
        if (context.HttpContext.User.HasClaim(EditorScope.TwoFactorSetupClaim, "true")
            && !page.StartsWith("/Kirjautuminen", StringComparison.Ordinal) && !page.StartsWith("/Tili/Kaksivaihe", StringComparison.Ordinal))
        {
            context.Result = new RedirectResult("/hallinta/tili/kaksivaihe");
            return Task.CompletedTask;
        }

        return next();
    }
}
