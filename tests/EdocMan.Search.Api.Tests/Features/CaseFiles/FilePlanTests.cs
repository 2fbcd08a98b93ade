using System.Net;
using System.Net.Http.Json;
using System.Text;
using EdocMan.Search.Api.Features.CaseFiles;
using UglyToad.PdfPig;
using static EdocMan.Search.Api.Tests.Features.CaseFiles.CaseFileTestSteps;

namespace EdocMan.Search.Api.Tests.Features.CaseFiles;

/// <summary>The yearly file plan: numbering, approval, freezing, reopening and printing.</summary>
public sealed class FilePlanTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const int Year = 2024;

    [Fact]
    public async Task Lines_are_numbered_by_heading_or_across_the_plan_approved_frozen_reopened_and_printed()
    {
        var clerk = await factory.SignedInClientAsync("binhhv");
        var leader = await factory.SignedInClientAsync("thupt");
        var specialist = await factory.SignedInClientAsync("tuanvm");

        await AssertProblemAsync(await specialist.PostAsJsonAsync("/gtvt/api/file-plans", new CreateFilePlanRequest(Year)), HttpStatusCode.Forbidden, "danh mục hồ sơ");
        Assert.Equal(HttpStatusCode.Created, (await clerk.PostAsJsonAsync("/gtvt/api/file-plans", new CreateFilePlanRequest(Year))).StatusCode);
        await AssertProblemAsync(await clerk.PostAsJsonAsync("/gtvt/api/file-plans", new CreateFilePlanRequest(Year)), HttpStatusCode.Conflict, "đã có danh mục");

        var first = await AddLineAsync(clerk, "gtvt", Year, "Tổ chức, cán bộ", "tccb", "Hồ sơ tuyển dụng công chức năm 2024", "Vĩnh viễn", "tuanvm");
        var second = await AddLineAsync(clerk, "gtvt", Year, "To chuc, can bo", null, "Hồ sơ nâng lương năm 2024", "10 năm");
        var office = await AddLineAsync(clerk, "gtvt", Year, "Văn phòng", "VP", "Hồ sơ hội nghị tổng kết năm 2024", "10 nam");
        Assert.Equal(("01.TCCB", "I. Tổ chức, cán bộ"), (first.Code, first.Heading));
        Assert.Equal("02.TCCB", second.Code);
        Assert.Equal(("01.VP", "II. Văn phòng"), (office.Code, office.Heading));
        Assert.Equal("Vũ Minh Tuấn", first.ResponsibleName);

        await AssertProblemAsync(await clerk.PostAsJsonAsync($"/gtvt/api/file-plans/{Year}/items",
            new FilePlanItemRequest("Kế hoạch, tài chính", "VP", "Hồ sơ dự toán", "5 năm", null, null)), HttpStatusCode.BadRequest, "đã dùng cho đề mục");
        await AssertProblemAsync(await clerk.PostAsJsonAsync($"/gtvt/api/file-plans/{Year}/items",
            new FilePlanItemRequest("Văn phòng", null, "Hồ sơ lưu", "mãi mãi", null, null)), HttpStatusCode.BadRequest, "Thời hạn bảo quản");

        var across = await clerk.PostAsJsonAsync($"/gtvt/api/file-plans/{Year}/renumber", new RenumberFilePlanRequest("plan"));
        var plan = (await across.Content.ReadFromJsonAsync<FilePlanResponse>())!;
        Assert.Equal("plan", plan.Numbering);
        Assert.Equal(["01.TCCB", "02.TCCB", "03.VP"], Codes(plan));

        // A line added under heading I goes to its end; across the plan, the office's line moves down one.
        var third = await AddLineAsync(clerk, "gtvt", Year, "Tổ chức, cán bộ", null, "Hồ sơ đánh giá, xếp loại công chức", "Vĩnh viễn");
        Assert.Equal("03.TCCB", third.Code);
        Assert.Equal(["01.TCCB", "02.TCCB", "03.TCCB", "04.VP"], Codes(await GetPlanAsync(clerk)));

        Assert.Equal(HttpStatusCode.NoContent, (await clerk.DeleteAsync($"/gtvt/api/file-plans/{Year}/items/{second.Id}")).StatusCode);
        Assert.Equal(["01.TCCB", "02.TCCB", "03.VP"], Codes(await GetPlanAsync(clerk)));

        await AssertProblemAsync(await clerk.PostAsync($"/gtvt/api/file-plans/{Year}/approve", null), HttpStatusCode.Forbidden, "lãnh đạo");
        var approved = await leader.PostAsync($"/gtvt/api/file-plans/{Year}/approve", null);
        Assert.True((await approved.Content.ReadFromJsonAsync<FilePlanResponse>())!.Approved);

        await AssertProblemAsync(await clerk.PostAsJsonAsync($"/gtvt/api/file-plans/{Year}/items",
            new FilePlanItemRequest("Văn phòng", null, "Hồ sơ thêm sau phê duyệt", "5 năm", null, null)), HttpStatusCode.Conflict, "đã được phê duyệt");
        await AssertProblemAsync(await clerk.DeleteAsync($"/gtvt/api/file-plans/{Year}/items/{office.Id}"), HttpStatusCode.Conflict, "đã được phê duyệt");

        // Every member reads the plan, and it prints with its headings, codes and retention.
        var pdf = await specialist.GetByteArrayAsync($"/gtvt/api/file-plans/{Year}/pdf");
        using (var document = PdfDocument.Open(pdf))
        {
            var text = Squash(string.Concat(document.GetPages().Select(p => p.Text)));
            foreach (var expected in new[] { "DANH MỤC HỒ SƠ NĂM 2024", "I. TỔ CHỨC, CÁN BỘ", "II. VĂN PHÒNG", "01.TCCB", "03.VP",
                         "Hồ sơ tuyển dụng công chức năm 2024", "Vĩnh viễn", "10 năm", "Vũ Minh Tuấn", "Đã phê duyệt", "Thời hạn bảo quản",
                         "3 hồ sơ, bao gồm: 2 hồ sơ bảo quản vĩnh viễn; 1 hồ sơ bảo quản có thời hạn" })
            {
                Assert.Contains(Squash(expected), text);
            }
        }

        var reopened = await leader.PostAsync($"/gtvt/api/file-plans/{Year}/reopen", null);
        Assert.False((await reopened.Content.ReadFromJsonAsync<FilePlanResponse>())!.Approved);
        var late = await AddLineAsync(clerk, "gtvt", Year, "Văn phòng", null, "Hồ sơ thêm sau khi mở lại", "5 năm");
        Assert.Equal("04.VP", late.Code);

        // The web page renders the same plan, with the draft's add form for the clerk.
        var html = System.Net.WebUtility.HtmlDecode(await clerk.GetStringAsync($"/gtvt/danh-muc-ho-so?nam={Year}"));
        foreach (var expected in new[] { "Danh mục hồ sơ năm 2024", "I. Tổ chức, cán bộ (TCCB)", "04.VP", "Hồ sơ thêm sau khi mở lại", "Thêm hồ sơ vào danh mục" })
        {
            Assert.Contains(expected, html);
        }
    }

    [Fact]
    public async Task Plans_are_per_agency_and_bad_input_is_a_readable_400()
    {
        var clerk = await factory.SignedInClientAsync("chiennv");
        await AssertProblemAsync(await clerk.GetAsync("/tttt/api/file-plans/2019"), HttpStatusCode.NotFound, "chưa lập danh mục hồ sơ năm 2019");
        await AssertProblemAsync(await clerk.PostAsJsonAsync("/tttt/api/file-plans", new CreateFilePlanRequest(1990)), HttpStatusCode.BadRequest, "Năm của danh mục");
        await AssertProblemAsync(await clerk.PostAsJsonAsync("/gtvt/api/file-plans", new CreateFilePlanRequest(2023)), HttpStatusCode.Forbidden, "không thuộc cơ quan");
        Assert.Equal(HttpStatusCode.Created, (await clerk.PostAsJsonAsync("/tttt/api/file-plans", new CreateFilePlanRequest(2023))).StatusCode);
        await AssertProblemAsync(await clerk.PostAsJsonAsync("/tttt/api/file-plans/2023/items",
            new FilePlanItemRequest("Bưu chính", null, "Hồ sơ thiếu ký hiệu", "5 năm", null, null)), HttpStatusCode.BadRequest, "ký hiệu viết tắt");
        await AssertProblemAsync(await clerk.PostAsJsonAsync("/tttt/api/file-plans/2023/items",
            new FilePlanItemRequest("Bưu chính", "BC", "Hồ sơ", "5 năm", "tuanvm", null)), HttpStatusCode.BadRequest, "Không có tài khoản");
        await AssertProblemAsync(await clerk.PostAsJsonAsync("/tttt/api/file-plans/2023/renumber", new RenumberFilePlanRequest("abc")), HttpStatusCode.BadRequest, "Cách đánh số");
        var malformed = await clerk.PostAsync("/tttt/api/file-plans/2023/items", new StringContent("{", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        await AssertProblemAsync(await clerk.PostAsync("/tttt/api/file-plans/2023/approve", null), HttpStatusCode.Forbidden, "phê duyệt");
        // The province's system admin administers agencies but does not read another agency's plan.
        var admin = await factory.SignedInClientAsync("khanhdv");
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync("/tttt/api/file-plans/2023")).StatusCode);
        await AssertProblemAsync(await admin.GetAsync("/gtvt/api/file-plans/2024"), HttpStatusCode.Forbidden, "cán bộ của đơn vị");
        await AssertProblemAsync(await admin.GetAsync("/gtvt/api/file-plans/2024/pdf"), HttpStatusCode.Forbidden, "cán bộ của đơn vị");
    }

    private async Task<FilePlanResponse> GetPlanAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<FilePlanResponse>($"/gtvt/api/file-plans/{Year}"))!;

    private static List<string> Codes(FilePlanResponse plan) => plan.Headings.SelectMany(h => h.Items).Select(i => i.Code).ToList();

    private static string Squash(string text) =>
        string.Concat(text.Normalize(NormalizationForm.FormC).Where(c => !char.IsWhiteSpace(c)));
}
