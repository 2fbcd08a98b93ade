namespace EdocMan.Search.Core.Text;

/// <summary>
/// The whole clean-up of extracted Vietnamese text, in order: legacy encodings (TCVN3, VNI) to
/// Unicode, <see cref="TextNormalizer"/> (NFC, invisible characters, Ð → Đ, whitespace), broken
/// lines and hyphenation (<see cref="LineRepair"/>), glued syllables (<see cref="GluedSyllableSplitter"/>).
/// </summary>
/// <remarks>
/// Implementation note: ingestion stores what this returns, and the index and the highlighter work
/// on it, so a search for "sử dụng" finds and marks the words a PDF wrote as "sửdụng". Tone
/// placement is left as written (the index canonicalises it per field, see
/// <see cref="VietnameseTone"/>) so the stored text is what the document says. Idempotent:
/// repairing repaired text changes nothing. Pure and thread-safe.
/// </remarks>
public static class VietnameseTextRepair
{
    /// <summary>Repairs one page of extracted text; <paramref name="fontName"/> when a single font is known.</summary>
    public static string Repair(string text, string? fontName = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        var unicode = LegacyEncoding.TryConvert(text, fontName).Text;
        var normal = TextNormalizer.Normalize(unicode);
        var lines = LineRepair.Repair(normal, SyllableLexicon.Default);
        return GluedSyllableSplitter.Default.Repair(lines);
    }
}
