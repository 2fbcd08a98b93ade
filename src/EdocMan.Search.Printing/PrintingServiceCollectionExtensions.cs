using EdocMan.Search.Printing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the PDF output services.</summary>
public static class PrintingServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="TextPdfRenderer"/> as a singleton (it is stateless and thread-safe). Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddPrinting(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(sp => new TextPdfRenderer(sp.GetService<TimeProvider>()));
        return services;
    }
}
