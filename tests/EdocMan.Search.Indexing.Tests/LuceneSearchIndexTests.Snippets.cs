using EdocMan.Search.Indexing.Tests.Support;

namespace EdocMan.Search.Indexing.Tests;

public sealed partial class LuceneSearchIndexTests
{
    [Fact]
    public async Task Snippet_marks_folded_matches_with_their_page_number()
    {
        var doc = Docs.Make("Quy chế", pages: ["Trang bìa", "Lời nói đầu", QuyChe]);
        await _fx.AddAsync(doc);

        var snippet = Assert.Single(Assert.Single(_fx.Search("quan ly").Hits).Snippets);

        Assert.Equal(3, snippet.Page);
        Assert.Contains("<mark>quản</mark> <mark>lý</mark>", snippet.Html);
    }

    [Fact]
    public async Task A_snippet_starts_at_a_word_shortly_before_its_match_and_prefers_the_fragment_with_more_query_words()
    {
        var filler = string.Concat(Enumerable.Repeat("văn bản hành chính ", 60));
        var page = "Quản trị hệ thống. " + filler + "Quy chế quản lý phần mềm dùng chung. " + filler + "Quản trị mạng. " + filler + "Quản trị máy chủ.";
        await _fx.AddAsync(Docs.Make("Quy chế", pages: page));

        var snippets = Assert.Single(_fx.Search("quan ly").Hits).Snippets;

        // Four fragments hold a query word; the one with both is among the three shown, in text order.
        Assert.Equal(3, snippets.Count);
        var both = Assert.Single(snippets, s => s.Html.Contains("<mark>quản</mark> <mark>lý</mark>", StringComparison.Ordinal));
        Assert.StartsWith("hành chính", both.Html.Replace("văn bản ", string.Empty, StringComparison.Ordinal).TrimStart(), StringComparison.Ordinal);
        Assert.InRange(both.Html.IndexOf("<mark>", StringComparison.Ordinal), 1, 45);
        Assert.True(both.Html.Length <= 160 + 2 * 13 + 20, both.Html);
    }

    [Fact]
    public async Task Snippet_escapes_everything_but_the_marks()
    {
        var doc = Docs.Make("Tấn công", pages: "Mã độc <script>alert(1)</script> & \"trích dẫn\" được phát hiện");
        await _fx.AddAsync(doc);

        var html = Assert.Single(Assert.Single(_fx.Search("ma doc").Hits).Snippets).Html;

        Assert.Contains("<mark>Mã</mark> <mark>độc</mark>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;trích dẫn&quot;", html);
        Assert.DoesNotContain("<script", html);
        // The only tags left are the two marks.
        Assert.Equal(4, html.Count(c => c == '<'));
    }

    [Fact]
    public async Task At_most_three_snippets_per_hit()
    {
        var pages = Enumerable.Range(1, 6).Select(i => $"Trang {i}: {QuyChe}. " + string.Concat(Enumerable.Repeat("Nội dung khác. ", 30))).ToArray();
        await _fx.AddAsync(Docs.Make("Dài", pages: pages));

        var snippets = Assert.Single(_fx.Search("phan mem").Hits).Snippets;

        Assert.Equal(3, snippets.Count);
        Assert.All(snippets, s => Assert.Contains("<mark>phần</mark> <mark>mềm</mark>", s.Html));
        Assert.Equal(snippets.OrderBy(s => s.Page).Select(s => s.Page), snippets.Select(s => s.Page));
    }

    [Fact]
    public async Task Document_number_is_highlighted_in_the_body()
    {
        await _fx.AddAsync(Docs.Make("Báo cáo", pages: "Căn cứ Quyết định số 31/2014/QĐ-UBND của UBND tỉnh"));

        var html = Assert.Single(Assert.Single(_fx.Search("31/2014/qd-ubnd").Hits).Snippets).Html;

        Assert.Contains("<mark>31</mark>/<mark>2014</mark>/<mark>QĐ</mark>-<mark>UBND</mark>", html);
    }

    [Fact]
    public async Task Title_only_match_shows_the_start_of_the_first_page()
    {
        await _fx.AddAsync(Docs.Make("Kế hoạch chuyển đổi số", pages: "Nội dung <chi tiết> của kế hoạch."));

        var snippet = Assert.Single(Assert.Single(_fx.Search("chuyen doi").Hits).Snippets);

        Assert.Equal(1, snippet.Page);
        Assert.Equal("Nội dung &lt;chi tiết&gt; của kế hoạch.", snippet.Html);
    }
}
