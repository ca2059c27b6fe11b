namespace SahkoinenPerhekeskus.Web.Security;

/// <summary>
/// Adds <see cref="SecurityHeaders"/> just before the response starts. Doing it in OnStarting rather than up
/// front matters: the exception handler and status code pages clear the headers before re-executing.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(
            static state =>
            {
                SecurityHeaders.Apply(((HttpResponse)state).Headers);
                return Task.CompletedTask;
            },
            context.Response);
        return next(context);
    }
}
