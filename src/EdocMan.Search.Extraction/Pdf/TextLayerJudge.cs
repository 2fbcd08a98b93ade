namespace EdocMan.Search.Extraction.Pdf;

/// <summary>
/// Decides whether a PDF page's text layer can be trusted or the page has to be OCR'd.
/// </summary>
/// <remarks>
/// <para>
/// Implementation note: a text layer is only questioned when the page also carries a large image (a
/// scan). Scanners and copiers often add an invisible OCR layer of their own that has lost the
/// diacritics ("ceNG HoA x,l ugr cnu"), and signed scans often carry only a short stamp text
/// ("SAO Y ... Thời gian ký") over the page image; both are re-OCR'd. A born-digital page without a
/// large image keeps its layer whatever it reads like, since OCR could only reproduce it.
/// </para>
/// <para>
/// "Reads as Vietnamese" is measured on words: in Vietnamese prose well over a third of the syllables
/// carry a diacritic or tone mark (đ, ư, ơ, â, ế, ...), in a diacritic-less OCR layer almost none do.
/// A fifth is the threshold: an all-capitals title line still clears it, a stripped layer does not.
/// </para>
/// </remarks>
internal static class TextLayerJudge
{
    /// <summary>Fewer letters than this over a page image is a stamp or a caption, not the page's text.</summary>
    public const int MinimumLettersOverImage = 200;

    /// <summary>Share of the page an image must cover for the page to count as scanned.</summary>
    public const double ScanCoverage = 0.5;

    private const double MinimumMarkedWordShare = 0.2;

    /// <summary>True when <paramref name="text"/> (NFC) reads as Vietnamese and is long enough to be a page.</summary>
    public static bool IsUsableOverImage(string text) =>
        CountLetters(text) >= MinimumLettersOverImage && ReadsAsVietnamese(text);

    /// <summary>True when enough of the words carry Vietnamese diacritics.</summary>
    public static bool ReadsAsVietnamese(string text)
    {
        var words = 0;
        var marked = 0;
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!word.Any(char.IsLetter))
            {
                continue;
            }
            words++;
            if (word.Any(c => c > '\u007F' && char.IsLetter(c)))
            {
                marked++;
            }
        }
        return words > 0 && marked >= MinimumMarkedWordShare * words;
    }

    private static int CountLetters(string text) => text.Count(char.IsLetter);
}
