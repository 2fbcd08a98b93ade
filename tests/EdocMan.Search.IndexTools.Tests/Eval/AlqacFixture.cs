namespace EdocMan.Search.IndexTools.Tests.Eval;

/// <summary>Tiny ALQAC-format files written by the test itself into a temporary folder.</summary>
public sealed class AlqacFixture : IDisposable
{
    public AlqacFixture()
    {
        Directory.CreateDirectory(Folder);
        Corpus = Write("corpus.json", """
            [
              { "id": "Luật Viên chức 2010", "articles": [
                { "id": "1", "text": "Phạm vi điều chỉnh\n\nLuật này quy định về viên chức; quyền, nghĩa vụ của viên chức trong hoạt động nghề nghiệp." },
                { "id": "11", "text": "Quyền của viên chức về hoạt động nghề nghiệp\n\nViên chức được pháp luật bảo đảm quyền hoạt động nghề nghiệp." } ] },
              { "id": "Luật Du lịch 2017", "articles": [
                { "id": "39", "text": "Hợp đồng lữ hành\n\nHợp đồng lữ hành phải được lập thành văn bản giữa doanh nghiệp kinh doanh dịch vụ lữ hành và khách du lịch." },
                { "id": "77", "text": "Hiệu lực thi hành\n\nLuật Du lịch số 44/2005/QH11 hết hiệu lực kể từ ngày Luật này có hiệu lực." } ] }
            ]
            """);
        NewQueries = Write("new.json", """
            [
              { "example_id": "q1", "label": "Yes", "statement": "Hợp đồng lữ hành phải lập thành văn bản", "legal_passages": [ { "law_id": "Luật Du lịch 2017", "article_id": "39" } ] },
              { "example_id": "q2", "label": "No", "statement": "Viên chức có quyền hoạt động nghề nghiệp", "legal_passages": [ { "law_id": "Luật Viên chức 2010", "article_id": "11" }, { "law_id": "Luật Viên chức 2010", "article_id": "1" } ] },
              { "example_id": "q3", "statement": "Điều này không có trong kho", "legal_passages": [ { "law_id": "Hiến pháp 2013", "article_id": "1" } ] }
            ]
            """);
        V1Queries = Write("v1.json", """
            [
              { "question_id": "DS-1", "question_type": "Đúng/Sai", "text": "44/2005/QH11", "relevant_articles": [ { "law_id": "Luật Du lịch 2017", "article_id": 77 } ], "answer": "Đúng" },
              { "question_id": "DS-2", "question_type": "Tự luận", "text": "Không có đánh giá", "relevant_articles": [] }
            ]
            """);
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "edocman-alqac-" + Guid.NewGuid().ToString("N"));

    public string Corpus { get; }

    public string NewQueries { get; }

    public string V1Queries { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private string Write(string name, string json)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, json);
        return path;
    }
}
