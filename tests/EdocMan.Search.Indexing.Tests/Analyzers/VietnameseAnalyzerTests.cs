using EdocMan.Search.Indexing.Analyzers;

namespace EdocMan.Search.Indexing.Tests.Analyzers;

public sealed class VietnameseAnalyzerTests
{
    private static List<string> Tokens(VietnameseTextKind kind, string text)
    {
        using var analyzer = new VietnameseAnalyzer(kind);
        return TokenLists.Analyze(analyzer, "f", text);
    }

    [Fact]
    public void Exact_lowercases_and_keeps_diacritics()
    {
        Assert.Equal(["quy", "chế", "quản", "lý", "đường"], Tokens(VietnameseTextKind.Exact, "Quy CHẾ quản lý, Đường"));
    }

    [Fact]
    public void Exact_canonicalises_old_tone_placement()
    {
        Assert.Equal(["hoà", "thuỷ", "khoẻ", "quý", "hoàng"], Tokens(VietnameseTextKind.Exact, "Hòa thủy khỏe quý hoàng"));
    }

    [Fact]
    public void Folded_removes_diacritics_and_folds_d_with_stroke()
    {
        Assert.Equal(["quy", "che", "quan", "ly", "duong", "don", "thu"], Tokens(VietnameseTextKind.Folded, "Quy chế quản lý đường Đơn thư"));
    }

    [Fact]
    public void Folded_handles_decomposed_input()
    {
        var nfd = "Quyết định Đà Nẵng".Normalize(System.Text.NormalizationForm.FormD);

        Assert.Equal(["quyet", "dinh", "da", "nang"], Tokens(VietnameseTextKind.Folded, nfd));
        Assert.Equal(["quyết", "định", "đà", "nẵng"], Tokens(VietnameseTextKind.Exact, nfd));
    }

    [Fact]
    public void Folded_handles_marks_in_non_canonical_order()
    {
        // "ệ" typed as e + circumflex + dot below (canonical order is dot below first).
        Assert.Equal(["viet"], Tokens(VietnameseTextKind.Folded, "Vie\u0302\u0323t"));
        Assert.Equal(["việt"], Tokens(VietnameseTextKind.Exact, "Vie\u0302\u0323t"));
    }

    [Fact]
    public void Bigrams_are_folded_shingles_without_unigrams()
    {
        Assert.Equal(["quan ly", "ly phan", "phan mem"], Tokens(VietnameseTextKind.FoldedBigrams, "Quản lý phần mềm"));
    }

    [Fact]
    public void Bigrams_of_a_single_word_are_empty()
    {
        Assert.Empty(Tokens(VietnameseTextKind.FoldedBigrams, "Quản"));
    }

    [Fact]
    public void Document_number_is_split_by_the_standard_tokenizer()
    {
        // Why the docno field exists: the text fields only see the parts.
        Assert.Equal(["31", "2014", "qd", "ubnd"], Tokens(VietnameseTextKind.Folded, "31/2014/QĐ-UBND"));
    }
}
