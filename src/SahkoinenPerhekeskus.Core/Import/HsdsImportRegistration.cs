using Microsoft.Extensions.DependencyInjection;

namespace SahkoinenPerhekeskus.Core.Import;

public static class HsdsImportRegistration
{
    /// <summary>Scoped, like the DbContext it writes through; needs TimeProvider and logging registered.</summary>
    public static IServiceCollection AddHsdsImport(this IServiceCollection services) => services.AddScoped<HsdsImporter>();

    /// <summary>The PTV importer, scoped for the same reason.</summary>
    public static IServiceCollection AddPtvImport(this IServiceCollection services) => services.AddScoped<Ptv.PtvImporter>();
}
