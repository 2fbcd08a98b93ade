using System.Net;
using System.Net.Http.Json;
using System.Text;
using EdocMan.Search.Api.Features.Registers;
using UglyToad.PdfPig;

namespace EdocMan.Search.Api.Tests.Features.Registers;

/// <summary>In sổ and khóa sổ, on a host of its own: closing today's register would disturb other tests.</summary>
public sealed class DailyRegisterTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static string Today => RegisterRoutes.Today(TimeProvider.System).ToString("yyyy-MM-dd");

    [Fact]
    public async Task A_day_is_printed_with_every_column_then_closed_and_only_annotated()
    {
        var clerk = await factory.SignedInClientAsync("binhhv");
        var first = await RegisterIncomingAsync(clerk, "Kế hoạch bảo đảm giao thông mùa mưa lũ", "1245/SGTVT-QLGT");
        await RegisterIncomingAsync(clerk, "Thông báo lịch tiếp công dân quý II", "35/TB-UBND");
        var url = $"/gtvt/api/registers/den/entries/{first.Entry.Id}";

        var patched = await clerk.PatchAsJsonAsync(url, new UpdateEntryRequest("Phòng Quản lý giao thông", null, null, null, null, "Chuyển ngay"));
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);

        var pdf = await clerk.GetByteArrayAsync($"/gtvt/api/registers/den/days/{Today}/pdf");
        using (var document = PdfDocument.Open(pdf))
        {
            var page = document.GetPage(1);
            Assert.True(page.Width > page.Height, "A4 landscape");
            var text = string.Concat(document.GetPages().Select(p => p.Text));
            foreach (var column in new[] { "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", "Ngày đến", "Số đến", "Tác giả", "Số, ký hiệu", "Ngày tháng văn bản",
                         "Tên loại và trích yếu nội dung", "Đơn vị hoặc người nhận", "Ngày chuyển", "Ký nhận", "Ghi chú",
                         "Sở Giao thông vận tải", "1245/SGTVT-QLGT", "Phòng Quản lý giao thông", "NGƯỜI LẬP SỔ" })
            {
                Assert.Contains(Squash(column), Squash(text));
            }
            Assert.All(page.Letters.Select(l => l.FontName).Distinct(), f => Assert.Contains("DejaVu", f));
        }

        var closed = await clerk.PostAsync($"/gtvt/api/registers/den/days/{Today}/close", null);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal(2, (await closed.Content.ReadFromJsonAsync<RegisterDayResponse>())!.Entries);

        var edit = await clerk.PatchAsJsonAsync(url, new UpdateEntryRequest(null, null, null, null, null, "Sửa sau khi khóa"));
        await Documents.UploadErrorsTests.AssertProblemAsync(edit, HttpStatusCode.Conflict, "đã khóa");
        var late = await clerk.PostAsJsonAsync("/gtvt/api/registers/den/entries", Incoming(await UploadAsync(clerk, "Văn bản đến muộn"), "99/CV-X"));
        await Documents.UploadErrorsTests.AssertProblemAsync(late, HttpStatusCode.Conflict, "đã khóa");
        Assert.Equal(HttpStatusCode.Conflict, (await clerk.PostAsync($"/gtvt/api/registers/den/days/{Today}/close", null)).StatusCode);

        var note = await clerk.PostAsJsonAsync(url + "/annotations", new AnnotationRequest("Số ký hiệu đúng là 1246/SGTVT-QLGT"));
        Assert.Equal(HttpStatusCode.Created, note.StatusCode);
        var reprinted = await clerk.GetByteArrayAsync($"/gtvt/api/registers/den/days/{Today}/pdf");
        using var again = PdfDocument.Open(reprinted);
        var all = Squash(string.Concat(again.GetPages().Select(p => p.Text)));
        Assert.Contains(Squash("Đính chính"), all);
        Assert.Contains(Squash("đã khóa sổ"), all);
    }

    [Fact]
    public async Task Only_the_registers_people_print_and_only_the_clerk_closes()
    {
        var specialist = await factory.SignedInClientAsync("tuanvm");
        var leader = await factory.SignedInClientAsync("thupt");

        Assert.Equal(HttpStatusCode.Forbidden, (await specialist.GetAsync($"/gtvt/api/registers/di/days/{Today}/pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync($"/gtvt/api/registers/di/days/{Today}/pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsync($"/gtvt/api/registers/di/days/{Today}/close", null)).StatusCode);
    }

    // The text in drawing order; a wrapped cell's lines are separate runs with no space between them,
    // so whitespace is ignored on both sides.
    private static string Squash(string text) =>
        string.Concat(text.Normalize(NormalizationForm.FormC).Where(c => !char.IsWhiteSpace(c)));

    private static RegisterRequest Incoming(Guid id, string numberSymbol) =>
        new(id, true, "CV", "Văn bản đến", numberSymbol, null, "Sở Giao thông vận tải", null, null, null, null, null, null, null, null, null);

    private static async Task<RegisteredResponse> RegisterIncomingAsync(HttpClient clerk, string summary, string numberSymbol)
    {
        var request = Incoming(await UploadAsync(clerk, summary), numberSymbol) with { Summary = summary };
        var response = await clerk.PostAsJsonAsync("/gtvt/api/registers/den/entries", request);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<RegisteredResponse>())!;
    }

    private static async Task<Guid> UploadAsync(HttpClient client, string text)
    {
        var upload = await client.UploadAsync("gtvt", Encoding.UTF8.GetBytes($"{text} {Guid.NewGuid():N}"), "den.txt");
        var document = await client.WaitForProcessingAsync(upload.Headers.Location!.ToString());
        Assert.Equal("Indexed", document.Status);
        return document.Id;
    }
}
