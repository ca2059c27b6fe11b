using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;

namespace SahkoinenPerhekeskus.Web.Localization;

/// <summary>Registration of the three languages: resources, culture from the URL prefix and prefixed routes.</summary>
public static class LocalizationServiceCollectionExtensions
{
    public static IServiceCollection AddPerhekeskusLocalization(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddHttpContextAccessor();
        services.AddScoped<ILanguageContext, LanguageContext>();
        // Emit ä, ö, å and – as themselves rather than as &#xE4; entities: smaller pages, readable source.
        // HTML-significant characters are still encoded.
        services.Configure<WebEncoderOptions>(options =>
            options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddOptions<SiteOptions>().Bind(configuration.GetSection(SiteOptions.SectionName));

        services.Configure<RequestLocalizationOptions>(options =>
        {
            CultureInfo[] cultures = [.. SiteLanguage.All.Select(language => new CultureInfo(language.CultureName))];
            options.DefaultRequestCulture = new(SiteLanguage.Default.CultureName);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.ApplyCurrentCultureToResponseHeaders = true;
            options.RequestCultureProviders = [new UrlPrefixRequestCultureProvider()];
        });

        return services;
    }

    /// <summary>
    /// The /sv and /en routes of every public page, and validation messages from the shared resources.
    /// On the MVC builder because AddRazorPages resets the page conventions: a convention configured
    /// before it would be lost.
    /// </summary>
    public static IMvcBuilder AddPerhekeskusLocalization(this IMvcBuilder mvc) =>
        mvc.AddRazorPagesOptions(options => options.Conventions.Add(new LanguagePrefixRouteConvention()))
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
}
