namespace EdocMan.Search.Extraction.Ocr;

/// <summary>The text Tesseract read from one image.</summary>
/// <param name="Text">UTF-8 text as Tesseract returns it (already NFC), lines separated by \n.</param>
/// <param name="MeanConfidence">Mean word confidence, 0–100; 0 when nothing was found.</param>
public sealed record OcrResult(string Text, int MeanConfidence);
