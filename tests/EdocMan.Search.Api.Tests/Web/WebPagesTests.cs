using System.Text.RegularExpressions;
using EdocMan.Search.Testing;
using Microsoft.Playwright;

using static EdocMan.Search.Api.Tests.Web.BrowserLogin;

namespace EdocMan.Search.Api.Tests.Web;

/// <summary>The pages as an official uses them, in a real browser against the real server.</summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed partial class WebPagesTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{

    [Fact]
    public async Task First_login_forces_a_password_change_then_opens_the_agency_home()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/tttt/tim-kiem");
        Assert.EndsWith("/dang-nhap?ReturnUrl=%2Ftttt%2Ftim-kiem", page.Url);
        await BrowserFixture.ScreenshotAsync(page, "dang-nhap");

        await page.GetByLabel("Tên đăng nhập").FillAsync("anhdd");
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync("sai-mat-khau-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await page.Locator("[role=alert]").InnerTextAsync());

        await SubmitLoginAsync(page, "anhdd", ApiFactory.DemoPassword);
        await page.WaitForURLAsync("**/doi-mat-khau");
        await BrowserFixture.ScreenshotAsync(page, "doi-mat-khau");
        await page.GetByLabel("Mật khẩu hiện tại").FillAsync(ApiFactory.DemoPassword);
        await page.GetByLabel("Mật khẩu mới", new() { Exact = true }).FillAsync(ApiFactory.NewPassword);
        await page.GetByLabel("Nhập lại mật khẩu mới").FillAsync(ApiFactory.NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đổi mật khẩu" }).ClickAsync();

        await page.WaitForURLAsync("**/tttt");
        Assert.Equal("Sở Thông tin và Truyền thông", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task A_scanned_page_uploaded_on_the_intake_page_is_found_by_a_word_only_its_OCR_text_contains()
    {
        var code = Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var temp = new TempDirectory();
        var pdf = PdfFactory.FromText($"BIÊN BẢN KIỂM TRA\nKiểm tra đê điều bản Nậm Pàn, mã hồ sơ {code}.\nĐoàn kiểm tra làm việc với Ủy ban nhân dân xã.");
        var png = temp.WriteFile($"scan-{code}.png", PdfRasterizer.FirstPage(pdf));

        var page = await fixture.NewPageAsync();
        await LoginAsync(page, "chiennv");
        await page.GotoAsync("/tttt/tiep-nhan");
        await page.Locator("#files").SetInputFilesAsync(png);
        var status = page.Locator("#uploads .status-cell").First;
        await Assertions.Expect(status).ToHaveAttributeAsync("data-state", "Indexed", new() { Timeout = 90_000 });
        await BrowserFixture.ScreenshotAsync(page, "tiep-nhan");

        // Typed without diacritics, as officials often do.
        await page.GotoAsync("/tttt/tim-kiem");
        await page.Locator("#q").FillAsync($"de dieu {code}");
        await page.Locator("#q").PressAsync("Enter");
        var hit = page.Locator(".hit").First;
        await Assertions.Expect(hit).ToContainTextAsync(code);
        Assert.Contains("<mark>", await hit.InnerHTMLAsync());
        await BrowserFixture.ScreenshotAsync(page, "tim-kiem");

        await hit.Locator("a.title").ClickAsync();
        await Assertions.Expect(page.Locator(".page-text mark").First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "van-ban");
        var documentUrl = page.Url;

        // An official of another agency finds nothing and cannot open it.
        var other = await fixture.NewPageAsync();
        await LoginAsync(other, "binhhv");
        await other.GotoAsync($"/gtvt/tim-kiem?q={code}");
        await Assertions.Expect(other.Locator(".empty")).ToContainTextAsync("Không tìm thấy kết quả");
        var response = await other.GotoAsync(documentUrl);
        Assert.Equal(403, response!.Status);
        await Assertions.Expect(other.Locator("[role=alert]")).ToContainTextAsync("không thuộc cơ quan");
        var sameId = await other.GotoAsync(DocumentPath().Replace(documentUrl, "/gtvt/van-ban/$1"));
        Assert.Equal(404, sameId!.Status);
    }

    [Fact]
    public async Task Results_appear_as_you_type_and_the_page_fits_a_phone()
    {
        var page = await fixture.NewPageAsync(390, 844);
        // A clerk sees every document of the agency's registers (docs/permissions.md).
        var upload = await fixture.App.SignedInClientAsync("chiennv");
        var accepted = await upload.UploadAsync("tttt", PdfFactory.FromText("Kế hoạch chuyển đổi số năm 2025 của Sở Thông tin và Truyền thông."), "kh.pdf");
        Assert.Equal("Indexed", (await upload.WaitForProcessingAsync(accepted.Headers.Location!.ToString())).Status);
        await LoginAsync(page, "chiennv");

        await page.GotoAsync("/tttt/tim-kiem");
        await page.Locator("#q").PressSequentiallyAsync("chuyen doi so", new() { Delay = 30 });
        await Assertions.Expect(page.Locator(".hit").First).ToContainTextAsync("chuyển đổi số", new() { Timeout = 20_000 });
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the page is {width}px wide on a 390px screen");
        await BrowserFixture.ScreenshotAsync(page, "tim-kiem-dien-thoai");
    }

    [Fact]
    public async Task A_search_without_diacritics_is_narrowed_by_a_document_type_facet()
    {
        var clerk = await fixture.App.SignedInClientAsync("thanglv");
        var marker = "phongchong" + Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (type, text) in new[] { ("QĐ", "Quyết định về phòng chống thiên tai"), ("KH", "Kế hoạch phòng chống thiên tai") })
        {
            var accepted = await clerk.UploadAsync("maison", PdfFactory.FromText($"{text} năm 2025, {marker}."), $"{type}.pdf",
                new Dictionary<string, string> { ["documentType"] = type, ["title"] = text });
            Assert.Equal("Indexed", (await clerk.WaitForProcessingAsync(accepted.Headers.Location!.ToString())).Status);
        }

        var page = await fixture.NewPageAsync();
        await LoginAsync(page, "thanglv");
        await page.GotoAsync($"/maison/tim-kiem?q={Uri.EscapeDataString("phong chong thien tai " + marker)}");
        await Assertions.Expect(page.Locator(".hit")).ToHaveCountAsync(2);
        await BrowserFixture.ScreenshotAsync(page, "tim-kiem-bo-loc");

        await page.Locator(".facet", new() { HasText = "Loại văn bản" }).GetByRole(AriaRole.Link, new() { Name = "Kế hoạch" }).ClickAsync();

        await Assertions.Expect(page.Locator(".hit")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".hit .title")).ToHaveTextAsync("Kế hoạch phòng chống thiên tai");
        Assert.Contains("loai%3AKH", page.Url.Replace("loai:KH", "loai%3AKH"));
    }

    [Fact]
    public async Task A_clerk_registers_an_upload_then_prints_and_closes_the_days_incoming_register()
    {
        var clerk = await fixture.App.SignedInClientAsync("hanhlt");
        var code = Random.Shared.Next(100, 999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var text = $"ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG LA\nSố: {code}/UBND-VP\nMường La, ngày 20 tháng 11 năm 2026\n\n" +
                   "CÔNG VĂN\nV/v báo cáo tình hình sử dụng phần mềm quản lý văn bản\n\nKính gửi: Văn phòng UBND tỉnh.";
        var accepted = await clerk.UploadAsync("vpubnd", PdfFactory.FromText(text), $"cv-{code}.pdf");
        var document = await clerk.WaitForProcessingAsync(accepted.Headers.Location!.ToString());
        Assert.Equal("Indexed", document.Status);

        var page = await fixture.NewPageAsync();
        await LoginAsync(page, "hanhlt");
        await page.GotoAsync($"/vpubnd/van-ban/{document.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Vào sổ văn bản đến" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Số, ký hiệu")).ToHaveValueAsync($"{code}/UBND-VP");
        await page.GetByLabel("Tác giả (cơ quan ban hành)").FillAsync("UBND huyện Mường La");
        await page.GetByLabel("Trích yếu nội dung").FillAsync("Báo cáo tình hình sử dụng phần mềm quản lý văn bản");
        await page.GetByLabel("Loại văn bản").SelectOptionAsync(new SelectOptionValue { Label = "Công văn" });
        await BrowserFixture.ScreenshotAsync(page, "vao-so");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vào sổ" }).ClickAsync();
        // The browser refuses the form until the clerk confirms the excluded-content rule.
        Assert.Contains("/vao-so/", page.Url);
        await page.GetByLabel("Tôi xác nhận văn bản không chứa bí mật nhà nước", new() { Exact = false }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Vào sổ" }).ClickAsync();

        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("Đã vào sổ");
        await Assertions.Expect(page.Locator("table.register tbody tr", new() { HasText = $"{code}/UBND-VP" })).ToHaveCountAsync(1);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "In sổ (PDF)" }).ClickAsync());
        var pdfPath = await download.PathAsync();
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(pdfPath))
        {
            var printed = string.Join("\n", pdf.GetPages().Select(p => p.Text));
            Assert.Contains("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", printed);
            Assert.Contains($"{code}/UBND-VP", printed);
        }

        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Khóa sổ") }).ClickAsync();
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("Đã khóa sổ");
        await Assertions.Expect(page.Locator(".closed")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Khóa sổ") })).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "so-van-ban");
    }

    [Fact]
    public async Task An_agency_admin_issues_an_account_whose_holder_must_change_the_password_at_first_login()
    {
        var admin = await fixture.NewPageAsync();
        await LoginAsync(admin, "mailt");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Quản trị" }).ClickAsync();
        await admin.GetByLabel("Họ và tên").FillAsync("Phạm Văn Đức");
        await admin.GetByLabel("Chuyên viên").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Cấp tài khoản" }).ClickAsync();

        await Assertions.Expect(admin.Locator("[role=status]").First).ToContainTextAsync("Đã tạo tài khoản ducpv");
        var issued = await admin.Locator("#issued-password").InnerTextAsync();
        await Assertions.Expect(admin.Locator("tr", new() { HasText = "ducpv" })).ToContainTextAsync("Chờ đổi mật khẩu");
        await BrowserFixture.ScreenshotAsync(admin, "quan-tri-tai-khoan");

        var holder = await fixture.NewPageAsync();
        await holder.GotoAsync("/dang-nhap");
        await SubmitLoginAsync(holder, "ducpv", issued);
        await holder.WaitForURLAsync("**/doi-mat-khau");
    }

    [GeneratedRegex(@"^.*/tttt/van-ban/([0-9a-f-]+).*$")]
    private static partial Regex DocumentPath();
}
