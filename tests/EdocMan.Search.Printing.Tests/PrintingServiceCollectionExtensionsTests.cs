using Microsoft.Extensions.DependencyInjection;

namespace EdocMan.Search.Printing.Tests;

public sealed class PrintingServiceCollectionExtensionsTests
{
    [Fact]
    public void Registers_one_singleton_renderer_even_when_called_twice()
    {
        var services = new ServiceCollection().AddPrinting().AddPrinting();

        using var provider = services.BuildServiceProvider();

        Assert.Single(services, d => d.ServiceType == typeof(TextPdfRenderer));
        Assert.Same(provider.GetRequiredService<TextPdfRenderer>(), provider.GetRequiredService<TextPdfRenderer>());
    }
}
