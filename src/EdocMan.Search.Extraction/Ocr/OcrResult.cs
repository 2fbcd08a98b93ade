namespace EdocMan.Search.Extraction.Ocr;

/// <summary>The text Tesseract read from one image.</summary>
/// <param name="Text">UTF-8 text as Tesseract returns it (already NFC), lines separated by \n.</param>
/// <param name="MeanConfidence">Mean word confidence, 0–100; 0 when nothing was found.</param>
/// <param name="UncertainWords">
/// Words recognised with a confidence below <see cref="TesseractOcrEngine.UncertainBelow"/>, in reading
/// order, for a clerk to check (a digit in a document number, a tone mark); empty when none.
/// </param>
public sealed record OcrResult(string Text, int MeanConfidence, IReadOnlyList<string>? UncertainWords = null)
{
    /// <summary>Value equality, the word lists compared by content.</summary>
    public bool Equals(OcrResult? other) =>
        other is not null && Text == other.Text && MeanConfidence == other.MeanConfidence
        && (UncertainWords ?? []).SequenceEqual(other.UncertainWords ?? []);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Text, MeanConfidence);
}

/// <summary>A page recognised once: its text and, when asked for, its one-page searchable PDF made from the same recognition.</summary>
/// <param name="Text">What Tesseract read.</param>
/// <param name="SearchablePdf">The one-page searchable PDF; null when not asked for or when rendering failed.</param>
/// <param name="SearchablePdfProblem">Why rendering failed (for the log); else null.</param>
public sealed record OcrPage(OcrResult Text, byte[]? SearchablePdf = null, string? SearchablePdfProblem = null);
