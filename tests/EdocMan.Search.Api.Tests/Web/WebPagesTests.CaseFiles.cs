using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

using static EdocMan.Search.Api.Tests.Web.BrowserLogin;

namespace EdocMan.Search.Api.Tests.Web;

/// <summary>Hồ sơ công việc in the browser.</summary>
public sealed partial class WebPagesTests
{
    [Fact]
    public async Task An_official_opens_a_case_file_adds_a_document_from_its_page_and_closes_the_file()
    {
        var specialist = await fixture.App.SignedInClientAsync("nhungtth");
        var marker = Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var accepted = await specialist.UploadAsync("tttt", Encoding.UTF8.GetBytes($"Tờ trình thẩm định trạm BTS Chiềng Mung số {marker}"), "to-trinh.txt",
            new Dictionary<string, string> { ["register"] = "noibo", ["title"] = $"Tờ trình thẩm định trạm BTS {marker}", ["number"] = $"{marker}/TTr-BCVT" });
        var document = await specialist.WaitForProcessingAsync(accepted.Headers.Location!.ToString());
        Assert.Equal("Indexed", document.Status);

        var page = await fixture.NewPageAsync();
        await LoginAsync(page, "nhungtth");
        await page.GetByRole(AriaRole.Link, new() { Name = "Hồ sơ công việc" }).First.ClickAsync();
        await page.GetByLabel("Tiêu đề hồ sơ").FillAsync($"Hồ sơ thẩm định trạm BTS {marker}");
        await page.GetByLabel("Thời hạn bảo quản").FillAsync("5 năm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mở hồ sơ" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/tttt/ho-so/\d+$"));
        var fileUrl = page.Url;
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync($"Hồ sơ thẩm định trạm BTS {marker}");
        await Assertions.Expect(page.Locator(".file-status")).ToHaveTextAsync("Đang lập");
        var fileId = fileUrl[(fileUrl.LastIndexOf('/') + 1)..];

        await page.GotoAsync($"/tttt/van-ban/{document.Id}");
        await page.GetByLabel("Hồ sơ", new() { Exact = true }).SelectOptionAsync(fileId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm vào hồ sơ" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($@"/tttt/ho-so/{fileId}\?"));
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("Đã thêm văn bản vào hồ sơ");
        var line = page.Locator("#muc-luc tbody tr", new() { HasText = $"{marker}/TTr-BCVT" });
        await Assertions.Expect(line).ToHaveCountAsync(1);
        await Assertions.Expect(line).ToContainTextAsync($"Tờ trình thẩm định trạm BTS {marker}");

        await page.GetByLabel("Xác nhận thời hạn bảo quản").FillAsync("10 năm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kết thúc hồ sơ" }).ClickAsync();
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("Đã kết thúc hồ sơ");
        await Assertions.Expect(page.Locator(".file-status")).ToHaveTextAsync("Đã kết thúc");
        await Assertions.Expect(page.Locator(".metadata")).ToContainTextAsync("1 văn bản, 1 trang");
        await Assertions.Expect(page.Locator(".metadata")).ToContainTextAsync("10 năm");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Mở lại hồ sơ" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "ho-so");

        // The document page now names the file it belongs to.
        await page.GotoAsync($"/tttt/van-ban/{document.Id}");
        await Assertions.Expect(page.Locator(".document-case-files")).ToContainTextAsync($"Hồ sơ thẩm định trạm BTS {marker}");
    }
}
