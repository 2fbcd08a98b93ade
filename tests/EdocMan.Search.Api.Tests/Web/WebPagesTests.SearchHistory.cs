using Microsoft.Playwright;

using static EdocMan.Search.Api.Tests.Web.BrowserLogin;

namespace EdocMan.Search.Api.Tests.Web;

public sealed partial class WebPagesTests
{
    [Fact]
    public async Task A_search_saved_from_the_results_is_offered_on_the_search_page_and_runs_again()
    {
        var clerk = await fixture.App.SignedInClientAsync("soncv");
        var marker = "chinhtrang" + Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var accepted = await clerk.UploadAsync("tpsonla", Testing.PdfFactory.FromText($"Kế hoạch chỉnh trang đô thị {marker}."), "kh.pdf",
            new Dictionary<string, string> { ["documentType"] = "KH", ["title"] = "Kế hoạch chỉnh trang đô thị" });
        Assert.Equal("Indexed", (await clerk.WaitForProcessingAsync(accepted.Headers.Location!.ToString())).Status);

        var page = await fixture.NewPageAsync();
        await LoginAsync(page, "soncv");
        await page.GotoAsync($"/tpsonla/tim-kiem?q={Uri.EscapeDataString("chinh trang " + marker)}");
        await Assertions.Expect(page.Locator(".hit")).ToHaveCountAsync(1);
        await page.GetByLabel("Tên tìm kiếm cần lưu").FillAsync("Chỉnh trang đô thị");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu tìm kiếm" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("Đã lưu tìm kiếm “Chỉnh trang đô thị”");

        await page.GotoAsync("/tpsonla/tim-kiem");
        var saved = page.Locator(".saved-searches");
        await Assertions.Expect(saved).ToContainTextAsync("Chỉnh trang đô thị");
        await Assertions.Expect(page.Locator(".recent-searches")).ToContainTextAsync(marker);
        await BrowserFixture.ScreenshotAsync(page, "tim-kiem-da-luu");
        await saved.GetByRole(AriaRole.Link, new() { Name = "Chỉnh trang đô thị" }).ClickAsync();
        await Assertions.Expect(page.Locator(".hit .title")).ToHaveTextAsync("Kế hoạch chỉnh trang đô thị");

        await page.GotoAsync("/tpsonla/tim-kiem");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xóa tìm kiếm đã lưu Chỉnh trang đô thị" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("Đã xóa tìm kiếm đã lưu");
        await Assertions.Expect(page.Locator(".saved-searches")).ToHaveCountAsync(0);
    }
}
