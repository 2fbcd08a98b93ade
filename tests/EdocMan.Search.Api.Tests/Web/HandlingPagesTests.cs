using System.Text.RegularExpressions;
using EdocMan.Search.Api.Features.Handling;
using EdocMan.Search.Api.Tests.Features.Handling;
using Microsoft.Playwright;

using static EdocMan.Search.Api.Tests.Web.BrowserLogin;

namespace EdocMan.Search.Api.Tests.Web;

/// <summary>Handling in a real browser: the leader's slip on the document page, the specialist's work list.</summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed partial class HandlingPagesTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_leader_assigns_and_the_specialist_finds_it_in_their_work_and_marks_it_done()
    {
        // Each form post re-indexes the document; on a loaded machine that can take longer than the default 5 s.
        Assertions.SetDefaultExpectTimeout(20_000);
        var clerk = await fixture.App.SignedInClientAsync("chiennv");
        var marker = "xuly" + Guid.NewGuid().ToString("N")[..6];
        var id = await HandlingTestKit.RegisterIncomingAsync(clerk, "tttt", $"Công văn đề nghị báo cáo số liệu bưu chính quý IV {marker}.");
        var deadline = HandlingAccess.Today(TimeProvider.System).AddDays(7);

        var leader = await fixture.NewPageAsync();
        await LoginAsync(leader, "anhdd");
        await leader.GotoAsync($"/tttt/van-ban/{id}");
        var panel = leader.Locator("#xu-ly");
        await Assertions.Expect(panel).ToContainTextAsync("Văn bản chưa được phân công xử lý.");
        await leader.GetByLabel("Đơn vị (người) chủ trì", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = "user:quangpv" });
        await leader.GetByLabel("Hạn xử lý của đơn vị (người) chủ trì").FillAsync(deadline.ToString("yyyy-MM-dd"));
        await leader.GetByLabel("Ý kiến chỉ đạo của lãnh đạo").FillAsync("Đồng chí Quang tổng hợp, báo cáo.");
        await leader.GetByRole(AriaRole.Button, new() { Name = "Phân công" }).ClickAsync();
        await Assertions.Expect(leader.Locator("#xu-ly [role=status]")).ToHaveTextAsync("Đã phân công xử lý văn bản.");
        await Assertions.Expect(panel.Locator("[data-handling-status]")).ToHaveTextAsync("Mới");
        await Assertions.Expect(panel.Locator("table.slip tbody tr")).ToContainTextAsync(["Phạm Văn Quang"]);
        await BrowserFixture.ScreenshotAsync(leader, "xu-ly-phan-cong");

        var specialist = await fixture.NewPageAsync();
        await LoginAsync(specialist, "quangpv");
        await specialist.GetByRole(AriaRole.Link, new() { Name = "Xử lý văn bản" }).ClickAsync();
        var row = specialist.Locator("table.work tbody tr", new() { HasText = marker });
        await Assertions.Expect(row).ToContainTextAsync(deadline.ToString("dd/MM/yyyy"));
        await Assertions.Expect(row).ToContainTextAsync("Chủ trì");
        // A specialist follows their own work, not the agency's tracker.
        await Assertions.Expect(specialist.Locator("#theo-doi")).ToHaveCountAsync(0);
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await specialist.GetByText("Cập nhật tiến độ").ClickAsync();
        await specialist.GetByLabel("Kết quả xử lý").FillAsync("Đã gửi báo cáo số liệu quý IV.");
        await specialist.GetByRole(AriaRole.Button, new() { Name = "Hoàn thành" }).ClickAsync();
        await Assertions.Expect(specialist.Locator("#xu-ly [role=status]")).ToHaveTextAsync("Đã hoàn thành xử lý.");
        await Assertions.Expect(specialist.Locator("[data-handling-status]")).ToHaveTextAsync("Đã xử lý");

        // The leader's tracker counts it as done on time.
        await leader.GotoAsync("/tttt/xu-ly-van-ban");
        await Assertions.Expect(leader.Locator("[data-bucket=DoneOnTime] .n")).ToHaveTextAsync("1");
        await Assertions.Expect(leader.Locator("table.tracker tbody tr", new() { HasText = marker })).ToContainTextAsync("Hoàn thành đúng hạn");
        await BrowserFixture.ScreenshotAsync(leader, "xu-ly-van-ban");
    }
}
