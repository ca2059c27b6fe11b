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

    public static WebApplication UsePerhekeskusWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(ServerErrorPagePath);
            app.UseHsts();
        }

        if (SecurityServiceCollectionExtensions.HasHttpsEndpoint(app.Configuration))
        {
            app.UseHttpsRedirection();
        }

        // Compression skips the editors' area: its forms put antiforgery tokens next to reflected input (BREACH).
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/hallinta"), branch => branch.UseResponseCompression());

        // Friendly HTML error pages for people; machine endpoints keep their bare status codes.
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/api") && !context.Request.Path.StartsWithSegments("/healthz"),
            branch => branch.UseStatusCodePagesWithReExecute(ErrorPagePath));

        app.UseRequestLocalization();
        app.UseRouting();
        app.UsePerhekeskusBackOffice();

        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapHealth();
        app.MapOpenData();

        return app;
    }
}
