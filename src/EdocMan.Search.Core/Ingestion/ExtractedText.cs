using EdocMan.Search.Core.Documents;

namespace EdocMan.Search.Core.Ingestion;

/// <summary>The text of a document, page by page, as an extractor produced it.</summary>
public sealed record ExtractedText(IReadOnlyList<ExtractedPage> Pages)
{
    public string FullText => string.Join("\n\n", Pages.Select(p => p.Text));
}

/// <summary>One page's text. <paramref name="Number"/> is 1-based.</summary>
public sealed record ExtractedPage(int Number, string Text, TextSource Source, int? Confidence = null);
