using System.Text.RegularExpressions;
using EdocMan.Search.Api.Features.Handling;
using EdocMan.Search.Api.Tests.Features.Handling;
using Microsoft.Playwright;

using static EdocMan.Search.Api.Tests.Web.BrowserLogin;

namespace EdocMan.Search.Api.Tests.Web;

/// <summary>The administration pages: an agency's units (phòng, ban) and the province's agencies.</summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed partial class AdminPagesTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_agency_admin_adds_a_unit_with_its_head_and_leaders_can_assign_documents_to_it()
    {
        // Each form post saves and re-reads; on a loaded machine that can take longer than the default 5 s.
        Assertions.SetDefaultExpectTimeout(20_000);
        var admin = await fixture.NewPageAsync();
        await LoginAsync(admin, "mailt");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Quản trị" }).ClickAsync();
        await admin.GetByRole(AriaRole.Navigation, new() { Name = "Quản trị" }).GetByRole(AriaRole.Link, new() { Name = "Phòng, ban" }).ClickAsync();
        // An agency admin administers units, not the province's agencies.
        await Assertions.Expect(admin.GetByRole(AriaRole.Link, new() { Name = "Cơ quan, đơn vị" })).ToHaveCountAsync(0);

        var add = admin.Locator("form.admin-form");
        await add.GetByLabel("Mã đơn vị").FillAsync("KHTC");
        await add.GetByLabel("Tên đơn vị").FillAsync("Phòng Kế hoạch - Tài chính");
        await add.GetByLabel("Trưởng đơn vị").SelectOptionAsync("quangpv");
        await add.GetByRole(AriaRole.Button, new() { Name = "Thêm đơn vị" }).ClickAsync();

        await Assertions.Expect(admin.Locator("[role=status]")).ToContainTextAsync("Đã thêm đơn vị KHTC – Phòng Kế hoạch - Tài chính, trưởng đơn vị Phạm Văn Quang.");
        var row = admin.Locator("tr[data-unit=KHTC]");
        await Assertions.Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("Phạm Văn Quang");
        await Assertions.Expect(row.Locator(".member-count")).ToHaveTextAsync("1");
        // Quang moved: he is no longer counted in his former unit.
        await Assertions.Expect(admin.Locator("tr[data-unit=BCVT] td").Nth(3)).Not.ToContainTextAsync("Phạm Văn Quang");

        // The same code again is refused instead of overwriting the unit.
        await add.GetByLabel("Mã đơn vị").FillAsync("khtc");
        await add.GetByLabel("Tên đơn vị").FillAsync("Phòng trùng mã");
        await add.GetByRole(AriaRole.Button, new() { Name = "Thêm đơn vị" }).ClickAsync();
        await Assertions.Expect(admin.Locator("[role=alert]")).ToContainTextAsync("Mã đơn vị “KHTC” đã dùng cho Phòng Kế hoạch - Tài chính");

        // Renaming and adding a member, by keyboard: the edit form opens from its summary with Enter.
        row = admin.Locator("tr[data-unit=KHTC]");
        await row.Locator("details.unit-edit summary").FocusAsync();
        await admin.Keyboard.PressAsync("Enter");
        await row.GetByLabel("Tên đơn vị").FillAsync("Phòng Kế hoạch - Tài chính - Tổng hợp");
        await row.GetByLabel("Nguyễn Văn Chiến (chiennv)").CheckAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(admin.Locator("[role=status]")).ToContainTextAsync("Đã lưu đơn vị KHTC – Phòng Kế hoạch - Tài chính - Tổng hợp");
        await Assertions.Expect(admin.Locator("tr[data-unit=KHTC] .member-count")).ToHaveTextAsync("2");
        await BrowserFixture.ScreenshotAsync(admin, "quan-tri-phong-ban");
        await AssertFitsAsync(admin, 1366);

        // The accounts page shows where each official now works.
        await admin.GetByRole(AriaRole.Navigation, new() { Name = "Quản trị" }).GetByRole(AriaRole.Link, new() { Name = "Tài khoản" }).ClickAsync();
        await Assertions.Expect(admin.Locator("tr", new() { HasText = "quangpv" })).ToContainTextAsync("Phòng Kế hoạch - Tài chính - Tổng hợp");

        // The leader finds the new unit, with its head, among the choices of the assignment form.
        var clerk = await fixture.App.SignedInClientAsync("chiennv");
        var id = await HandlingTestKit.RegisterIncomingAsync(clerk, "tttt", "Đề nghị lập dự toán ngân sách năm 2027 " + HandlingTestKit.Marker("dt"));
        var leader = await fixture.NewPageAsync();
        await LoginAsync(leader, "anhdd");
        await leader.GotoAsync($"/tttt/van-ban/{id}");
        var lead = leader.GetByLabel("Đơn vị (người) chủ trì", new() { Exact = true });
        await Assertions.Expect(lead.Locator("option[value='unit:KHTC']"))
            .ToHaveTextAsync("Phòng Kế hoạch - Tài chính - Tổng hợp (trưởng đơn vị: Phạm Văn Quang)");
        await lead.SelectOptionAsync("unit:KHTC");
        await leader.GetByLabel("Hạn xử lý của đơn vị (người) chủ trì").FillAsync(HandlingAccess.Today(TimeProvider.System).AddDays(5).ToString("yyyy-MM-dd"));
        await leader.GetByRole(AriaRole.Button, new() { Name = "Phân công" }).ClickAsync();
        await Assertions.Expect(leader.Locator("#xu-ly [role=status]")).ToHaveTextAsync("Đã phân công xử lý văn bản.");

        // Now the unit holds an assignment, and the API refuses its deletion: the page shows the API's message.
        await admin.GotoAsync("/tttt/quan-tri/phong-ban");
        var khtc = admin.Locator("tr[data-unit=KHTC]");
        await khtc.Locator("details.unit-delete summary").ClickAsync();
        await Assertions.Expect(khtc.Locator("details.unit-delete")).ToContainTextAsync("2 thành viên sẽ không còn thuộc đơn vị nào.");
        await khtc.GetByRole(AriaRole.Button, new() { Name = "Xác nhận xóa KHTC" }).ClickAsync();
        await Assertions.Expect(admin.Locator("[role=alert]")).ToHaveTextAsync(
            "Đơn vị “KHTC” đã được giao xử lý văn bản nên không xóa được; có thể đổi tên hoặc thành viên.");
        await Assertions.Expect(admin.Locator("tr[data-unit=KHTC]")).ToHaveCountAsync(1);

        // A unit nothing was assigned to goes.
        var add2 = admin.Locator("form.admin-form");
        await add2.GetByLabel("Mã đơn vị").FillAsync("TTR");
        await add2.GetByLabel("Tên đơn vị").FillAsync("Thanh tra Sở");
        await add2.GetByRole(AriaRole.Button, new() { Name = "Thêm đơn vị" }).ClickAsync();
        await Assertions.Expect(admin.Locator("[role=status]")).ToContainTextAsync("Đã thêm đơn vị TTR – Thanh tra Sở.");
        await admin.Locator("tr[data-unit=TTR] details.unit-delete summary").ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Xác nhận xóa TTR" }).ClickAsync();
        await Assertions.Expect(admin.Locator("[role=status]")).ToContainTextAsync("Đã xóa đơn vị TTR");
        await Assertions.Expect(admin.Locator("tr[data-unit=TTR]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_system_admin_creates_an_agency_that_appears_in_the_list_and_edits_it()
    {
        Assertions.SetDefaultExpectTimeout(20_000);
        var page = await fixture.NewPageAsync();
        await LoginAsync(page, "khanhdv");
        await page.GetByRole(AriaRole.Link, new() { Name = "Quản trị" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Cơ quan, đơn vị" }).ClickAsync();
        await Assertions.Expect(page.Locator("tr[data-agency=tttt]")).ToContainTextAsync("Sở Thông tin và Truyền thông");

        await page.Locator("details.admin-form > summary").ClickAsync();
        var add = page.Locator("details.admin-form form");
        await add.GetByLabel("Tên cơ quan, đơn vị").FillAsync("Sở Y tế");
        await add.GetByLabel("Chữ viết tắt trong ký hiệu văn bản").FillAsync("SYT");
        await add.GetByLabel("Mã định danh (QCVN 102:2016)").FillAsync("H52");
        await add.GetByRole(AriaRole.Button, new() { Name = "Thêm cơ quan, đơn vị" }).ClickAsync();

        // The API's field message, in Vietnamese, and the form comes back open with what was typed.
        await Assertions.Expect(page.Locator("[role=alert]")).ToContainTextAsync("Mã định danh theo QCVN 102:2016 có dạng 000.00.00.H49.");
        await Assertions.Expect(page.Locator("[role=alert]")).Not.ToContainTextAsync("{");
        await Assertions.Expect(add.GetByLabel("Tên cơ quan, đơn vị")).ToHaveValueAsync("Sở Y tế");
        await add.GetByLabel("Mã định danh (QCVN 102:2016)").FillAsync("000.00.15.H52");
        await add.GetByRole(AriaRole.Button, new() { Name = "Thêm cơ quan, đơn vị" }).ClickAsync();

        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("Đã thêm Sở Y tế, mã đường dẫn");
        var code = ThePathCode().Match(await page.Locator("[role=status]").InnerTextAsync()).Groups[1].Value;
        var row = page.Locator($"tr[data-agency={code}]");
        await Assertions.Expect(row).ToContainTextAsync("000.00.15.H52");
        await Assertions.Expect(row.Locator("td.num").Nth(1)).ToHaveTextAsync("0");

        await row.Locator("summary").ClickAsync();
        await row.GetByLabel("Tên cơ quan, đơn vị").FillAsync("Sở Y tế tỉnh Sơn La");
        await row.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync($"Đã lưu Sở Y tế tỉnh Sơn La ({code}).");
        await Assertions.Expect(page.Locator($"tr[data-agency={code}] td").Nth(1)).ToHaveTextAsync("Sở Y tế tỉnh Sơn La");
        await BrowserFixture.ScreenshotAsync(page, "quan-tri-co-quan");
        await AssertFitsAsync(page, 1366);

        var phone = await fixture.NewPageAsync(390, 844);
        await LoginAsync(phone, "khanhdv");
        await phone.GotoAsync("/tttt/quan-tri/co-quan");
        await Assertions.Expect(phone.Locator($"tr[data-agency={code}]")).ToBeVisibleAsync();
        await AssertFitsAsync(phone, 390);
        await phone.GotoAsync("/tttt/quan-tri/phong-ban");
        await Assertions.Expect(phone.Locator("tr[data-unit=BCVT]")).ToBeVisibleAsync();
        await AssertFitsAsync(phone, 390);
        await BrowserFixture.ScreenshotAsync(phone, "quan-tri-phong-ban-dien-thoai");
    }

    [Fact]
    public async Task Officials_who_do_not_administer_are_refused_the_pages_and_do_not_see_them_in_the_menu()
    {
        var specialist = await fixture.NewPageAsync();
        await LoginAsync(specialist, "nhungtth");
        await Assertions.Expect(specialist.GetByRole(AriaRole.Link, new() { Name = "Quản trị" })).ToHaveCountAsync(0);
        var units = await specialist.GotoAsync("/tttt/quan-tri/phong-ban");
        Assert.Equal(403, units!.Status);
        await Assertions.Expect(specialist.Locator("[role=alert]")).ToContainTextAsync("dành cho quản trị đơn vị");
        await Assertions.Expect(specialist.Locator("form[method=post] input[name=Code]")).ToHaveCountAsync(0);
        var agencies = await specialist.GotoAsync("/tttt/quan-tri/co-quan");
        Assert.Equal(403, agencies!.Status);
        await Assertions.Expect(specialist.Locator("[role=alert]")).ToContainTextAsync("Chức năng này dành cho quản trị đơn vị và quản trị hệ thống.");

        var agencyAdmin = await fixture.NewPageAsync();
        await LoginAsync(agencyAdmin, "mailt");
        var refused = await agencyAdmin.GotoAsync("/tttt/quan-tri/co-quan");
        Assert.Equal(403, refused!.Status);
        await Assertions.Expect(agencyAdmin.Locator("[role=alert]")).ToContainTextAsync("Chỉ quản trị hệ thống");
        var otherAgency = await agencyAdmin.GotoAsync("/gtvt/quan-tri/phong-ban");
        Assert.Equal(403, otherAgency!.Status);
        await Assertions.Expect(agencyAdmin.Locator("[role=alert]")).ToContainTextAsync("không thuộc cơ quan");
    }

    private static async Task AssertFitsAsync(IPage page, int width)
    {
        var scroll = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        // On failure, name the elements that stick out: that is where the layout needs a wrap.
        var wide = scroll <= width ? "" : await page.EvaluateAsync<string>(
            "w => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w).slice(0, 10)" +
            ".map(e => e.tagName + '.' + e.className).join(', ')", width);
        Assert.True(scroll <= width, $"{page.Url} is {scroll}px wide on a {width}px screen: {wide}");
    }

    [GeneratedRegex("mã đường dẫn “([a-z0-9]+)”")]
    private static partial Regex ThePathCode();
}
