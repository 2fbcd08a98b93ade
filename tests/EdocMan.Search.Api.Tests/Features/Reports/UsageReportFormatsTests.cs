using System.Net;
using System.Net.Http.Json;
using System.Text;
using EdocMan.Search.Api.Features.Reports;
using EdocMan.Search.Core.Reports;
using UglyToad.PdfPig;

namespace EdocMan.Search.Api.Tests.Features.Reports;

/// <summary>The PDF and CSV of a report say what its JSON says.</summary>
[Collection(NewYearScenario.Collection)]
public sealed class UsageReportFormatsTests(NewYearScenario scenario)
{
    private const string December = "period=month&year=2025&number=12";

    [Fact]
    public async Task The_agency_CSV_opens_in_Excel_as_Vietnamese_and_matches_the_JSON()
    {
        var leader = await scenario.Host.SignedInClientAsync("anhdd");
        var json = await UsageReportTotalsTests.GetAsync(leader, $"/tttt/api/reports/usage?{December}");

        var response = await leader.GetAsync($"/tttt/api/reports/usage.csv?{December}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("bao-cao-su-dung-tttt-2025-12.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var rows = ParseCsv(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(["Mã chỉ tiêu", "Chỉ tiêu", "Kỳ báo cáo (Tháng 12/2025)", "Kỳ trước (Tháng 11/2025)"], rows[0]);
        Assert.Equal(json.Lines.Select(l => new[] { l.Key, l.Label, l.Current.ToString(), l.Previous.ToString() }), rows.Skip(1));
    }

    [Fact]
    public async Task The_province_CSV_has_the_JSONs_rows_and_total()
    {
        var admin = await scenario.Host.SignedInClientAsync("khanhdv");
        var json = (await admin.GetFromJsonAsync<ProvinceUsageResponse>($"/api/reports/usage?{December}"))!;

        var bytes = await admin.GetByteArrayAsync($"/api/reports/usage.csv?{December}");

        var rows = ParseCsv(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(["Mã đơn vị", "Cơ quan, đơn vị", .. UsageIndicators.All.Select(i => i.Label)], rows[0]);
        Assert.Equal(json.Agencies.Count + 2, rows.Count);
        foreach (var (agency, row) in json.Agencies.Zip(rows.Skip(1)))
        {
            Assert.Equal([agency.Agency, agency.AgencyName, .. UsageIndicators.All.Select(i => i.Value(agency.Figures).ToString())], row);
        }
        Assert.Equal(["", "Tổng cộng", .. UsageIndicators.All.Select(i => i.Value(json.Total).ToString())], rows[^1]);
        Assert.Contains(rows, r => r[1] == "Sở Văn hóa, Thể thao và Du lịch" || r[1] == "Sở Thông tin và Truyền thông");
    }

    [Fact]
    public async Task The_agency_PDF_opens_with_the_headings_the_figures_and_a_place_to_sign()
    {
        var leader = await scenario.Host.SignedInClientAsync("anhdd");

        var response = await leader.GetAsync($"/tttt/api/reports/usage.pdf?period=quarter&year=2025&number=4");

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var page = pdf.GetPage(1);
        Assert.True(page.Width > page.Height, "A4 landscape, like the printed registers");
        var text = Squash(string.Concat(pdf.GetPages().Select(p => p.Text)));
        foreach (var expected in new[]
                 {
                     "BÁO CÁO TÌNH HÌNH SỬ DỤNG PHẦN MỀM QUẢN LÝ VĂN BẢN VÀ HỒ SƠ CÔNG VIỆC", "Sở Thông tin và Truyền thông",
                     "Kỳ báo cáo: Quý IV/2025 (từ ngày 01/10/2025 đến ngày 31/12/2025)", "Chỉ tiêu", "Kỳ báo cáo (Quý IV/2025)",
                     "Kỳ trước (Quý III/2025)", "NGƯỜI LẬP BÁO CÁO", "(Ký, ghi rõ họ tên)",
                 }.Concat(UsageIndicators.All.Select(i => i.Label)))
        {
            Assert.Contains(Squash(expected), text);
        }
        // The line "Văn bản đến đã vào sổ": number 1, the label, 2 this quarter, 0 before, +2.
        Assert.Contains(Squash("1 Văn bản đến đã vào sổ 2 0 +2"), text);
    }

    [Fact]
    public async Task The_province_PDF_lists_every_agency_and_the_total()
    {
        var admin = await scenario.Host.SignedInClientAsync("khanhdv");
        var json = (await admin.GetFromJsonAsync<ProvinceUsageResponse>($"/api/reports/usage?{December}"))!;

        using var pdf = PdfDocument.Open(await admin.GetByteArrayAsync($"/api/reports/usage.pdf?{December}"));

        var text = Squash(string.Concat(pdf.GetPages().Select(p => p.Text)));
        Assert.Contains(Squash("Toàn tỉnh"), text);
        Assert.Contains(Squash("Tổng cộng"), text);
        Assert.All(json.Agencies, a => Assert.Contains(Squash(a.AgencyName), text));
    }

    private static string Squash(string text) =>
        string.Concat(text.Normalize(NormalizationForm.FormC).Where(c => !char.IsWhiteSpace(c)));

    /// <summary>RFC 4180 with ";" between fields: quoted fields may hold the separator, quotes and line breaks.</summary>
    internal static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ';') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString()); field.Clear(); rows.Add([.. row]); row.Clear(); i++;
            }
            else { field.Append(c); }
        }
        Assert.True(field.Length == 0 && row.Count == 0, "every line ends with CRLF");
        return rows;
    }
}
