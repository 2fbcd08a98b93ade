using System.Net;
using EdocMan.Search.Api.Tests.Features.Documents;

namespace EdocMan.Search.Api.Tests.Features.Reports;

/// <summary>Who may read which usage report (docs/permissions.md, "Usage reports").</summary>
public sealed class UsageReportPermissionsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("chiennv")] // văn thư
    [InlineData("anhdd")] // lãnh đạo
    [InlineData("mailt")] // quản trị đơn vị
    [InlineData("khanhdv")] // quản trị hệ thống
    public async Task The_agencys_clerk_leader_and_admins_read_its_report_in_every_format(string username)
    {
        var client = await factory.SignedInClientAsync(username);
        foreach (var format in new[] { "", ".pdf", ".csv" })
        {
            var response = await client.GetAsync($"/tttt/api/reports/usage{format}?period=year");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{username} {format}: {response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("nhungtth")] // chuyên viên
    [InlineData("quangpv")] // chuyên viên
    public async Task Specialists_get_403(string username)
    {
        var client = await factory.SignedInClientAsync(username);
        foreach (var format in new[] { "", ".pdf", ".csv" })
        {
            await UploadErrorsTests.AssertProblemAsync(await client.GetAsync($"/tttt/api/reports/usage{format}"),
                HttpStatusCode.Forbidden, "văn thư, lãnh đạo và quản trị của đơn vị");
        }
    }

    [Fact]
    public async Task Another_agencys_leader_cannot_read_the_report_and_the_system_admin_of_another_agency_can()
    {
        var otherLeader = await factory.SignedInClientAsync("thupt"); // lãnh đạo gtvt
        var admin = await factory.SignedInClientAsync("khanhdv"); // quản trị hệ thống, member of tttt

        await UploadErrorsTests.AssertProblemAsync(await otherLeader.GetAsync("/tttt/api/reports/usage"), HttpStatusCode.Forbidden, "không thuộc cơ quan");
        await UploadErrorsTests.AssertProblemAsync(await otherLeader.GetAsync("/tttt/api/reports/usage.csv"), HttpStatusCode.Forbidden, "không thuộc cơ quan");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/gtvt/api/reports/usage")).StatusCode);
        await UploadErrorsTests.AssertProblemAsync(await otherLeader.GetAsync("/khongco/api/reports/usage"), HttpStatusCode.NotFound, "khongco");
    }

    [Theory]
    [InlineData("anhdd")] // lãnh đạo of a department
    [InlineData("mailt")] // quản trị đơn vị
    [InlineData("chiennv")]
    [InlineData("hanhlt")] // văn thư of Văn phòng UBND tỉnh: not its leader
    public async Task The_province_report_is_refused_to_everyone_but_the_system_admin_and_the_provincial_offices_leaders(string username)
    {
        var client = await factory.SignedInClientAsync(username);
        foreach (var format in new[] { "", ".pdf", ".csv" })
        {
            await UploadErrorsTests.AssertProblemAsync(await client.GetAsync($"/api/reports/usage{format}"),
                HttpStatusCode.Forbidden, "quản trị hệ thống và lãnh đạo Văn phòng UBND tỉnh");
        }
    }

    [Theory]
    [InlineData("khanhdv")]
    [InlineData("longnd")] // lãnh đạo Văn phòng UBND tỉnh
    public async Task The_system_admin_and_the_provincial_offices_leaders_read_the_province_report(string username)
    {
        var client = await factory.SignedInClientAsync(username);
        foreach (var format in new[] { "", ".pdf", ".csv" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/reports/usage{format}?period=quarter")).StatusCode);
        }
    }

    [Fact]
    public async Task Signed_out_requests_get_401()
    {
        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/reports/usage")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/tttt/api/reports/usage")).StatusCode);
    }

    [Theory]
    [InlineData("period=week", "tháng (month), quý (quarter) hoặc năm (year)")]
    [InlineData("period=month&year=2025&number=13", "Tháng báo cáo phải từ 1 đến 12.")]
    [InlineData("period=quarter&year=2025&number=0", "Quý báo cáo phải từ 1 đến 4.")]
    [InlineData("period=month&year=abc&number=1", "Năm báo cáo không hợp lệ")]
    [InlineData("period=year&year=2999", "chưa bắt đầu")]
    public async Task Bad_periods_are_400_with_a_Vietnamese_reason(string query, string detail)
    {
        var leader = await factory.SignedInClientAsync("anhdd");
        var admin = await factory.SignedInClientAsync("khanhdv");
        await UploadErrorsTests.AssertProblemAsync(await leader.GetAsync($"/tttt/api/reports/usage?{query}"), HttpStatusCode.BadRequest, detail);
        await UploadErrorsTests.AssertProblemAsync(await admin.GetAsync($"/api/reports/usage.pdf?{query}"), HttpStatusCode.BadRequest, detail);
    }
}
