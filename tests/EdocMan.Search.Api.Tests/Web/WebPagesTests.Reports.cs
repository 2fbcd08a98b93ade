using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EdocMan.Search.Api.Features.Registers;
using EdocMan.Search.Testing;
using Microsoft.Playwright;

using static EdocMan.Search.Api.Tests.Web.BrowserLogin;

namespace EdocMan.Search.Api.Tests.Web;

public sealed partial class WebPagesTests
{
    [Fact]
    public async Task A_leader_opens_the_usage_report_from_the_menu_switches_to_the_year_and_downloads_the_CSV()
    {
        // Something to count: the gtvt clerk registers an incoming document today.
        var clerk = await fixture.App.SignedInClientAsync("binhhv");
        var accepted = await clerk.UploadAsync("gtvt", PdfFactory.FromText($"Công văn về kiểm tra tải trọng xe {Guid.NewGuid():N}."), "cv.pdf");
        var document = await clerk.WaitForProcessingAsync(accepted.Headers.Location!.ToString());
        var registered = await clerk.PostAsync("/gtvt/api/registers/den/entries", JsonContent.Create(
            new RegisterRequest(document.Id, true, "CV", "Kiểm tra tải trọng xe", "77/SXD-QLCL", null, "Sở Xây dựng",
                null, null, null, null, null, null, null, null, null)));
        Assert.Equal(System.Net.HttpStatusCode.Created, registered.StatusCode);

        var page = await fixture.NewPageAsync();
        await LoginAsync(page, "thupt");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Chức năng" }).GetByRole(AriaRole.Link, new() { Name = "Báo cáo thống kê" }).ClickAsync();
        await page.WaitForURLAsync("**/gtvt/bao-cao");

        // The page shows what the API says for the current month.
        using var json = JsonDocument.Parse(await (await page.APIRequest.GetAsync("/gtvt/api/reports/usage")).TextAsync());
        var incoming = json.RootElement.GetProperty("current").GetProperty("incomingRegistered").GetInt32();
        Assert.True(incoming >= 1);
        var row = page.Locator("tr[data-key=incomingRegistered]");
        await Assertions.Expect(row.Locator("th")).ToHaveTextAsync("Văn bản đến đã vào sổ");
        await Assertions.Expect(row.Locator("td").First).ToHaveTextAsync(incoming.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await BrowserFixture.ScreenshotAsync(page, "bao-cao");

        await page.GetByLabel("Kỳ báo cáo", new() { Exact = true }).SelectOptionAsync("year");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem báo cáo" }).ClickAsync();
        var year = json.RootElement.GetProperty("period").GetProperty("year").GetInt32();
        await Assertions.Expect(page.Locator("h2")).ToHaveTextAsync($"Sở Giao thông vận tải — Năm {year}");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Tải tệp Excel (CSV)" }).ClickAsync());
        Assert.Equal($"bao-cao-su-dung-gtvt-{year}.csv", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Contains($"incomingRegistered;Văn bản đến đã vào sổ;", Encoding.UTF8.GetString(bytes));
    }
}
