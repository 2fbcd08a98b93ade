namespace EdocMan.Search.Core.Text;

/// <summary>The pre-Unicode Vietnamese font encodings found in agency PDFs.</summary>
public enum LegacyEncodingKind
{
    /// <summary>Not a legacy encoding (or not converted).</summary>
    None = 0,

    /// <summary>TCVN3 (TCVN 5712 "ABC"): one byte per precomposed letter; fonts ".VnTime", ".VnArial", ".VnTimeH".</summary>
    Tcvn3 = 1,

    /// <summary>VNI: a base letter followed by a diacritic byte; fonts "VNI-Times", "VNI-Helve".</summary>
    Vni = 2,
}

/// <summary>The outcome of <see cref="LegacyEncoding.TryConvert"/>.</summary>
/// <param name="Text">The Unicode (NFC) text when converted, otherwise the input unchanged.</param>
/// <param name="Encoding">The encoding the text was converted from, or <see cref="LegacyEncodingKind.None"/>.</param>
public sealed record LegacyConversion(string Text, LegacyEncodingKind Encoding)
{
    /// <summary>Whether the text was converted.</summary>
    public bool Converted => Encoding != LegacyEncodingKind.None;
}
