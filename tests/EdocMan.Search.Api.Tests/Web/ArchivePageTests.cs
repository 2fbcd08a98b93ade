using System.Text.RegularExpressions;
using EdocMan.Search.Api.Tests.Features.Archive;
using EdocMan.Search.Core.CaseFiles;
using Microsoft.Playwright;

using static EdocMan.Search.Api.Tests.Web.BrowserLogin;

namespace EdocMan.Search.Api.Tests.Web;

/// <summary>The archivist's page in a real browser: due files with counts, a transfer, its papers, and who may open it.</summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class ArchivePageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_archivist_transfers_an_overdue_file_and_downloads_its_list_while_a_specialist_is_refused()
    {
        var clerk = await fixture.App.SignedInClientAsync("hanhlt");
        var twoYearsAgo = DateTime.UtcNow.Year - 2;
        var document = await ArchiveApiFactory.UploadAsync(clerk, "vpubnd", "Tờ trình đề nghị phê duyệt đề án lưu trữ điện tử", "17/TTr-VPUB", "di",
            new DateOnly(twoYearsAgo, 4, 2), pdf: true, type: "TTr");
        var title = $"Hồ sơ đề án lưu trữ điện tử năm {twoYearsAgo}";
        await CaseFileSeeder.CreateFileAsync(fixture.App.Services, DateTimeOffset.UtcNow, "vpubnd", "longnd", "05.LT", title,
            new DateOnly(twoYearsAgo, 4, 1), new DateOnly(twoYearsAgo, 9, 30), null, CaseFileStatus.Closed, [document]);

        var page = await fixture.NewPageAsync();
        await LoginAsync(page, "huybq");
        await page.GetByRole(AriaRole.Link, new() { Name = "Lưu trữ", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#count-overdue")).ToHaveTextAsync("1");
        var row = page.Locator("tr", new() { HasText = title });
        await Assertions.Expect(row).ToContainTextAsync("Quá hạn nộp lưu");
        await BrowserFixture.ScreenshotAsync(page, "luu-tru");
        await row.GetByRole(AriaRole.Checkbox).CheckAsync();
        await page.GetByLabel("Tên khối tài liệu").FillAsync($"Hồ sơ năm {twoYearsAgo} của Phòng Hành chính - Tổ chức");
        await page.GetByLabel("Bên giao (đơn vị hoặc người giao nộp)").FillAsync("Phòng Hành chính - Tổ chức");
        await page.GetByRole(AriaRole.Button, new() { Name = "Nộp lưu các hồ sơ đã chọn" }).ClickAsync();

        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("Đã nộp lưu 1 hồ sơ");
        await Assertions.Expect(page.Locator("#count-overdue")).ToHaveTextAsync("0");
        await Assertions.Expect(page.Locator("#transfers tbody tr")).ToContainTextAsync("Đã nộp lưu");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Mục lục hồ sơ" }).ClickAsync());
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(await download.PathAsync()))
        {
            var text = CaseFileExportTests.Squash(string.Concat(pdf.GetPages().Select(p => p.Text)));
            Assert.Contains(CaseFileExportTests.Squash("MỤC LỤC HỒ SƠ, TÀI LIỆU NỘP LƯU"), text);
            Assert.Contains(CaseFileExportTests.Squash(title), text);
        }

        var specialist = await fixture.NewPageAsync();
        await LoginAsync(specialist, "tuanvm");
        await Assertions.Expect(specialist.GetByRole(AriaRole.Link, new() { Name = "Lưu trữ", Exact = true })).ToHaveCountAsync(0);
        var refused = await specialist.GotoAsync("/gtvt/luu-tru");
        Assert.Equal(403, refused!.Status);
        await Assertions.Expect(specialist.Locator("[role=alert]")).ToContainTextAsync("cán bộ lưu trữ");
    }
}
