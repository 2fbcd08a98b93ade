using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Extraction.Ocr;
using EdocMan.Search.Extraction.Office;
using EdocMan.Search.Extraction.Pdf;
using EdocMan.Search.Extraction.PlainText;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the text extractors.</summary>
public static class ExtractionServiceCollectionExtensions
{
    /// <summary>
    /// Adds every <see cref="ITextExtractor"/> of this project (PDF text layer and scanned pages, image OCR,
    /// Word .docx and .doc, plain text), the shared <see cref="OcrService"/>,
    /// the <see cref="ExtractorRegistry"/> that picks among them and the <see cref="OcrProbe"/> for
    /// health checks, all as singletons. Safe to call more than once.
    /// </summary>
    /// <remarks>
    /// <see cref="Core.Options.OcrOptions"/> and <see cref="Core.Options.ExtractionOptions"/> are read through
    /// <c>IOptions&lt;T&gt;</c>; the host binds them (sections "Ocr" and "Extraction"). Without that, the
    /// defaults apply. <see cref="SearchablePdfBuilder"/> is registered too (also as <see cref="ISearchablePdfMaker"/>), for scanned arrivals.
    /// </remarks>
    public static IServiceCollection AddExtraction(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions();
        services.TryAddSingleton<OcrService>();
        services.TryAddSingleton<SearchablePdfBuilder>();
        services.TryAddSingleton<ISearchablePdfMaker>(sp => sp.GetRequiredService<SearchablePdfBuilder>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITextExtractor, PdfPigTextExtractor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITextExtractor, PlainTextExtractor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITextExtractor, DocxTextExtractor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITextExtractor, WordDocExtractor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITextExtractor, ImageOcrExtractor>());
        services.TryAddSingleton<ExtractorRegistry>();
        services.TryAddSingleton<OcrProbe>();
        return services;
    }
}
