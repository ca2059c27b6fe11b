using SahkoinenPerhekeskus.Web.Health;
using SahkoinenPerhekeskus.Web.Security;

namespace SahkoinenPerhekeskus.Web.Hosting;

/// <summary>The request pipeline and the endpoints, in the order a request meets them.</summary>
public static class WebApplicationExtensions
{
    /// <summary>Re-execute target of error responses; <c>{0}</c> is the status code.</summary>
    public const string ErrorPagePath = "/virhe/{0}";

    /// <summary>Where the exception handler re-executes unhandled exceptions.</summary>
    public const string ServerErrorPagePath = "/virhe/500";

    /// <summary>The back office's own error page, in its shell and words.</summary>
    public const string BackOfficeErrorPagePath = "/hallinta/virhe/{0}";

    public const string BackOfficeServerErrorPagePath = "/hallinta/virhe/500";

    private static bool IsBackOffice(HttpContext context) => context.Request.Path.StartsWithSegments("/hallinta", StringComparison.OrdinalIgnoreCase);

    public static WebApplication UsePerhekeskusWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            // The inner handler wins for the back office, so editors see its shell and words.
            app.UseWhen(IsBackOffice, branch => branch.UseExceptionHandler(BackOfficeServerErrorPagePath));
            app.UseExceptionHandler(ServerErrorPagePath);
            app.UseHsts();
        }

        if (SecurityServiceCollectionExtensions.HasHttpsEndpoint(app.Configuration))
        {
            app.UseHttpsRedirection();
        }

        // Compression skips the editors' area: its forms put antiforgery tokens next to reflected input (BREACH).
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/hallinta", StringComparison.OrdinalIgnoreCase), branch => branch.UseResponseCompression());

        // Friendly HTML error pages for people; machine endpoints keep their bare status codes.
        app.UseWhen(IsBackOffice, branch => branch.UseStatusCodePagesWithReExecute(BackOfficeErrorPagePath));
        app.UseWhen(
            context => !IsBackOffice(context) && !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && !context.Request.Path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase),
            branch => branch.UseStatusCodePagesWithReExecute(ErrorPagePath));

        app.UseRequestLocalization();
        app.UseRouting();
        app.UsePerhekeskusBackOffice();

        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapHealth();
        app.MapPerhekeskusOpenData();

        return app;
    }
}
