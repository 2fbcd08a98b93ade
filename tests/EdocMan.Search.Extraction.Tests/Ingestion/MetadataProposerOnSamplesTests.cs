using System.Text.Json;
using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Core.Text;
using EdocMan.Search.Extraction.Pdf;
using EdocMan.Search.Testing;
using Xunit.Abstractions;

namespace EdocMan.Search.Extraction.Tests.Ingestion;

/// <summary>
/// The metadata proposal measured on the four sample documents, read the way the pipeline reads them
/// (PdfPig text layer, then <see cref="TextNormalizer"/>), against the registry entries of samples.json.
/// </summary>
public sealed class MetadataProposerOnSamplesTests(ITestOutputHelper output)
{
    public static TheoryData<string> Files() => new(Expected().Keys);

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Proposes_the_registry_fields_of_each_sample(string file)
    {
        var expected = Expected()[file];
        var text = await new PdfPigTextExtractor().ExtractAsync(File.OpenRead(Samples.Path(file)),
            new ExtractionRequest(ContentTypes.Pdf, file), CancellationToken.None);

        var proposal = MetadataProposer.Propose(text.Pages.Select(p => TextNormalizer.Normalize(p.Text)).ToList());

        output.WriteLine(proposal.ToString());
        Assert.Equal(expected.Number, proposal.Number);
        Assert.Equal(expected.Date, proposal.Date);
        Assert.Equal(expected.Type ?? "CV", proposal.DocumentType); // samples.json leaves công văn untyped
        Assert.Equal(Fold(expected.Issuer), Fold(proposal.Issuer));
        Assert.Equal(file.StartsWith("tb-", StringComparison.Ordinal) ? "Mai Sơn" : "Sơn La", proposal.Place);
        Assert.NotNull(proposal.Summary);
        Assert.Equal(expected.Signer, proposal.Signer);
    }

    private static string Fold(string? text) => VietnameseText.Collapse(VietnameseText.Fold(text ?? ""));

    private sealed record Entry(string File, string? Number, string? Type, string? Issuer, string? Signer, string? Date, string Title);

    private sealed record Truth(string? Number, string? Type, string? Issuer, string? Signer, DateOnly? Date, string Title);

    private static Dictionary<string, Truth> Expected()
    {
        var entries = JsonSerializer.Deserialize<List<Entry>>(File.ReadAllText(Samples.Path("samples.json")),
            new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
        return entries.GroupBy(e => e.File).Select(g => g.First()).ToDictionary(e => e.File, e => new Truth(
            e.Number, e.Type, e.Issuer, e.Signer, e.Date is null ? null : DateOnly.Parse(e.Date), e.Title));
    }
}
