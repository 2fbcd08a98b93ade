using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Extraction.Ocr;
using Microsoft.Extensions.DependencyInjection;

namespace EdocMan.Search.Extraction.Tests;

public sealed class ExtractionServiceCollectionExtensionsTests
{
    [Fact]
    public void Registers_each_extractor_once_and_the_registry_picks_by_content_type()
    {
        var services = new ServiceCollection().AddLogging().AddExtraction().AddExtraction();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var extractors = provider.GetServices<ITextExtractor>().ToList();
        var registry = provider.GetRequiredService<ExtractorRegistry>();

        Assert.Equal(["pdfpig", "plaintext", "openxml", "catdoc", "tesseract"], extractors.Select(e => e.Name));
        Assert.Equal("pdfpig", registry.Find(ContentTypes.Pdf)?.Name);
        Assert.Equal("plaintext", registry.Find(ContentTypes.PlainText)?.Name);
        Assert.Equal("tesseract", registry.Find(ContentTypes.Png)?.Name);
        Assert.Equal("tesseract", registry.Find(ContentTypes.Jpeg)?.Name);
        Assert.Equal("tesseract", registry.Find(ContentTypes.Tiff)?.Name);
        Assert.Equal("catdoc", registry.Find(ContentTypes.Doc)?.Name);
        Assert.Equal("openxml", registry.Find(ContentTypes.Docx)?.Name);
        Assert.Equal("openxml", registry.Find(ContentTypes.Zip)?.Name);
        Assert.Null(registry.Find(ContentTypes.Unknown));
        Assert.Same(provider.GetRequiredService<OcrService>(), provider.GetRequiredService<OcrService>());
        Assert.Same(provider.GetRequiredService<OcrProbe>(), provider.GetRequiredService<OcrProbe>());
    }
}
