namespace EdocMan.Search.Core.Documents;

/// <summary>How a page's text was obtained.</summary>
public enum TextSource
{
    TextLayer = 0,
    Ocr = 1,
    PlainText = 2,
}
