namespace EdocMan.Search.Api.Hosting;

/// <summary>A placeholder start page until the web UI lands: it says where the API is.</summary>
internal static class HomePage
{
    public const string Html = """
        <!doctype html>
        <html lang="vi">
        <head><meta charset="utf-8"><title>EdocMan.Search</title></head>
        <body style="font-family: sans-serif; max-width: 40rem; margin: 3rem auto">
          <h1>EdocMan.Search</h1>
          <p>Phần mềm quản lý văn bản và hồ sơ công việc, tỉnh Sơn La.</p>
          <ul>
            <li>Tài liệu API (OpenAPI): <a href="/openapi/v1.json">/openapi/v1.json</a></li>
            <li>Tình trạng hệ thống: <a href="/health">/health</a></li>
            <li>Đăng nhập: <code>POST /api/auth/login</code>; tìm kiếm: <code>GET /{cơ quan}/api/search?q=...</code></li>
          </ul>
        </body>
        </html>
        """;
}
