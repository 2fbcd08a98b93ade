using System.Net;
using EdocMan.Search.Api.Tests.Features.Handling;
using EdocMan.Search.Testing;

namespace EdocMan.Search.Api.Tests.Web.Pages;

/// <summary>The agency home over real HTTP: its lists follow the same permissions as search.</summary>
public sealed class HomePageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_home_lists_incoming_mail_for_the_clerk_but_not_for_a_specialist_it_was_not_assigned_to()
    {
        var clerk = await factory.SignedInClientAsync("chiennv");
        var specialist = await factory.SignedInClientAsync("nhungtth");
        var title = "Công văn mật khẩu hệ thống " + Guid.NewGuid().ToString("N")[..8];
        var upload = await clerk.UploadAsync("tttt", PdfFactory.FromText($"{title}."), "cv.pdf", new Dictionary<string, string> { ["title"] = title });
        Assert.Equal("Indexed", (await clerk.WaitForProcessingAsync(upload.Headers.Location!.ToString())).Status);

        var clerkHome = WebUtility.HtmlDecode(await clerk.GetStringAsync("/tttt"));
        var specialistHome = await specialist.GetAsync("/tttt");
        var specialistHtml = WebUtility.HtmlDecode(await specialistHome.Content.ReadAsStringAsync());

        Assert.Contains(title, clerkHome, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, specialistHome.StatusCode);
        Assert.DoesNotContain(title, specialistHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_offers_the_officials_own_recent_searches()
    {
        var client = await factory.SignedInClientAsync("lanqt");
        var words = "kế hoạch phòng chống lũ " + Guid.NewGuid().ToString("N")[..6];
        await client.GetAsync($"/maison/api/search?q={Uri.EscapeDataString(words)}");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/maison"));

        Assert.Contains("Tìm kiếm gần đây", html, StringComparison.Ordinal);
        Assert.Contains(words, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Incoming_mail_assigned_to_a_specialist_appears_on_their_home_as_work_to_do_and_in_todays_arrivals()
    {
        var clerk = await factory.SignedInClientAsync("chiennv");
        var leader = await factory.SignedInClientAsync("anhdd");
        var specialist = await factory.SignedInClientAsync("quangpv");
        var summary = "Đề nghị cấp phép bưu chính " + Guid.NewGuid().ToString("N")[..8];
        var id = await HandlingTestKit.RegisterIncomingAsync(clerk, "tttt", summary);
        var before = WebUtility.HtmlDecode(await specialist.GetStringAsync("/tttt"));

        var assigned = await HandlingTestKit.AssignAsync(leader, "tttt", id,
            HandlingTestKit.Lead(user: "quangpv", deadline: DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddDays(10)));
        var after = WebUtility.HtmlDecode(await specialist.GetStringAsync("/tttt"));
        var clerkHome = WebUtility.HtmlDecode(await clerk.GetStringAsync("/tttt"));

        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        Assert.DoesNotContain(summary, before, StringComparison.Ordinal);
        Assert.Contains("Văn bản cần xử lý", after, StringComparison.Ordinal);
        Assert.Contains(summary, after[after.IndexOf("Văn bản cần xử lý", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains(summary, clerkHome[clerkHome.IndexOf("Văn bản đến hôm nay", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }
}
