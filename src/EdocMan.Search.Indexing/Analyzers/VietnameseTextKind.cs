namespace EdocMan.Search.Indexing.Analyzers;

/// <summary>Which of the Vietnamese text fields a <see cref="VietnameseAnalyzer"/> produces terms for.</summary>
public enum VietnameseTextKind
{
    /// <summary>Lower-cased syllables with diacritics, tone placement canonicalised.</summary>
    Exact = 0,

    /// <summary>Lower-cased syllables without diacritics (đ → d).</summary>
    Folded = 1,

    /// <summary>Folded syllable bigrams ("quan ly"), no unigrams.</summary>
    FoldedBigrams = 2,
}
