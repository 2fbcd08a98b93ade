using System.Text.RegularExpressions;
using EdocMan.Search.Testing;
using Microsoft.Playwright;

namespace EdocMan.Search.Api.Tests.Web;

/// <summary>The pages as an official uses them, in a real browser against the real server.</summary>
[Trait("Category", "Browser")]
public sealed partial class WebPagesTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    /// <summary>Signs in; on the account's first sign-in (issued password) also does the forced change.</summary>
    private static async Task LoginAsync(IPage page, string username)
    {
        await page.GotoAsync("/dang-nhap");
        await SubmitLoginAsync(page, username, ApiFactory.DemoPassword);
        if (page.Url.EndsWith("/doi-mat-khau", StringComparison.Ordinal))
        {
            await page.GetByLabel("Mật khẩu hiện tại").FillAsync(ApiFactory.DemoPassword);
            await page.GetByLabel("Mật khẩu mới", new() { Exact = true }).FillAsync(ApiFactory.NewPassword);
            await page.GetByLabel("Nhập lại mật khẩu mới").FillAsync(ApiFactory.NewPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Đổi mật khẩu" }).ClickAsync();
        }
        else if (page.Url.Contains("/dang-nhap", StringComparison.Ordinal))
        {
            // Changed already by an earlier test on this server.
            await SubmitLoginAsync(page, username, ApiFactory.NewPassword);
        }
        await page.WaitForURLAsync(new Regex("/[a-z]+$"));
    }

    private static async Task SubmitLoginAsync(IPage page, string username, string password)
    {
        await page.GetByLabel("Tên đăng nhập").FillAsync(username);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

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

        await page.Locator(".facet", new() { HasText = "Loại văn bản" }).GetByRole(AriaRole.Link, new() { Name = "KH" }).ClickAsync();

        await Assertions.Expect(page.Locator(".hit")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".hit .title")).ToHaveTextAsync("Kế hoạch phòng chống thiên tai");
        Assert.Contains("loai%3AKH", page.Url.Replace("loai:KH", "loai%3AKH"));
    }

    [GeneratedRegex(@"^.*/tttt/van-ban/([0-9a-f-]+).*$")]
    private static partial Regex DocumentPath();
}
