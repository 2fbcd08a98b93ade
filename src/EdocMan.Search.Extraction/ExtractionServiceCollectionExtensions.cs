using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Extraction.Ocr;
using EdocMan.Search.Extraction.Pdf;
using EdocMan.Search.Extraction.PlainText;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the text extractors.</summary>
public static class ExtractionServiceCollectionExtensions
{
    /// <summary>
    /// Adds every <see cref="ITextExtractor"/> of this project (PDF text layer, plain text, image OCR),
    /// the <see cref="ExtractorRegistry"/> that picks among them and the <see cref="OcrProbe"/> for
    /// health checks, all as singletons. Safe to call more than once.
    /// </summary>
    /// <remarks>
    /// <see cref="Core.Options.OcrOptions"/> is read through <c>IOptions&lt;OcrOptions&gt;</c>; the host
    /// binds it (section "Ocr"). Without that, the defaults apply.
    /// </remarks>
    public static IServiceCollection AddExtraction(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITextExtractor, PdfPigTextExtractor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITextExtractor, PlainTextExtractor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITextExtractor, ImageOcrExtractor>());
        services.TryAddSingleton<ExtractorRegistry>();
        services.TryAddSingleton<OcrProbe>();
        return services;
    }
}
