using System.Net;
using System.Net.Http.Json;
using EdocMan.Search.Api.Features.Administration;

namespace EdocMan.Search.Api.Tests.Features.Reports;

/// <summary>
/// The pages "Báo cáo thống kê" and "Nhật ký hệ thống" as the server renders them, over the new-year scenario,
/// and the audit log's filters by account and by Vietnam day.
/// </summary>
[Collection(NewYearScenario.Collection)]
public sealed class ReportPagesTests(NewYearScenario scenario)
{
    [Fact]
    public async Task The_report_page_shows_the_periods_figures_and_links_to_its_PDF_and_CSV()
    {
        var leader = await scenario.Host.SignedInClientAsync("anhdd");

        var html = await Html(leader, "/tttt/bao-cao?ky=quarter&nam=2025&quy=4");

        Assert.Contains("<a href=\"/tttt/bao-cao\">Báo cáo thống kê</a>", html);
        Assert.Contains("Sở Thông tin và Truyền thông — Quý IV/2025", html);
        Assert.Contains("href=\"/tttt/api/reports/usage.pdf?period=quarter&year=2025&number=4\"", html);
        Assert.Contains("href=\"/tttt/api/reports/usage.csv?period=quarter&year=2025&number=4\"", html);
        // Văn bản đến đã vào sổ: 2 in Q4, 0 in Q3, +2.
        Assert.Matches("<tr data-key=\"incomingRegistered\">\\s*<th scope=\"row\">Văn bản đến đã vào sổ</th>\\s*<td class=\"num\">2</td>\\s*<td class=\"num\">0</td>\\s*<td class=\"num\">\\+2</td>", html);
        Assert.DoesNotContain("Toàn tỉnh", html); // a department's leader has no province-wide report
    }

    [Fact]
    public async Task The_system_admin_sees_the_province_table_and_a_bad_year_is_explained_on_the_page()
    {
        var admin = await scenario.Host.SignedInClientAsync("khanhdv");

        var html = await Html(admin, "/tttt/bao-cao?ky=month&nam=2025&thang=12&toantinh=true");
        var bad = await admin.GetAsync("/tttt/bao-cao?ky=month&nam=20x5&thang=12");

        Assert.Contains("Toàn tỉnh — Tháng 12/2025", html);
        Assert.Matches("<tr data-agency=\"maison\"><th scope=\"row\">UBND huyện Mai Sơn</th>\\s*<td class=\"num\">0</td>\\s*<td class=\"num\">1</td>", html);
        Assert.Contains("Tổng cộng", html);
        Assert.Contains("href=\"/api/reports/usage.csv?period=month&year=2025&number=12\"", html);
        Assert.Contains("Năm báo cáo không hợp lệ", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_audit_log_is_filtered_by_action_account_and_Vietnam_days()
    {
        var admin = await scenario.Host.SignedInClientAsync("khanhdv");

        var newYearsEve = await admin.GetFromJsonAsync<AuditPageResponse>("/api/admin/audit?action=login&from=2025-12-31&to=2025-12-31");
        var newYearsDay = await admin.GetFromJsonAsync<AuditPageResponse>("/api/admin/audit?action=login&from=2026-01-01&to=2026-01-01");
        var chiennv = await admin.GetFromJsonAsync<AuditPageResponse>("/api/admin/audit?action=login&account=chiennv&to=2026-01-01");
        var maison = await admin.GetFromJsonAsync<AuditPageResponse>("/api/admin/audit?action=login&agency=maison&to=2026-01-01");

        // 23:00 on 31/12 (chiennv, thanglv) and 00:30 on 1/1 in Sơn La (chiennv, anhdd) — both 31/12 in UTC.
        Assert.Equal(["chiennv", "thanglv"], newYearsEve!.Entries.Select(e => e.Username!).Order());
        Assert.Equal(["anhdd", "chiennv"], newYearsDay!.Entries.Select(e => e.Username!).Order());
        Assert.Equal(2, chiennv!.Entries.Count);
        Assert.All(chiennv.Entries, e => Assert.Equal("chiennv", e.Username));
        Assert.Equal("thanglv", Assert.Single(maison!.Entries).Username);
    }

    [Fact]
    public async Task The_audit_log_page_shows_Vietnamese_actions_and_refuses_a_bad_range()
    {
        var admin = await scenario.Host.SignedInClientAsync("khanhdv");

        var html = await Html(admin, "/tttt/quan-tri/nhat-ky?hanhdong=login&taikhoan=chiennv&tungay=2026-01-01&denngay=2026-01-01");
        var backwards = await admin.GetAsync("/tttt/quan-tri/nhat-ky?tungay=2026-01-02&denngay=2026-01-01");
        var api = await admin.GetAsync("/api/admin/audit?from=31/12/2025");

        Assert.Contains("<a href=\"/tttt/quan-tri/nhat-ky\">Nhật ký hệ thống</a>", html);
        Assert.Contains("<option value=\"login\" selected=\"selected\">Đăng nhập</option>", html);
        Assert.Contains("01/01/2026 00:3", html); // shown in Vietnam time
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<tr data-action=\"login\">"));
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("Từ ngày phải trước hoặc bằng đến ngày.", WebUtility.HtmlDecode(await backwards.Content.ReadAsStringAsync()));
        await Documents.UploadErrorsTests.AssertProblemAsync(api, HttpStatusCode.BadRequest, "năm-tháng-ngày");
    }

    /// <summary>The page's HTML with character references decoded (Razor writes Vietnamese letters as &amp;#x…;).</summary>
    internal static async Task<string> Html(HttpClient client, string url) => WebUtility.HtmlDecode(await client.GetStringAsync(url));
}
