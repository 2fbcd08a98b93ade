using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EdocMan.Search.Api.Features.Agencies;
using EdocMan.Search.Api.Tests.Features.Handling;
using EdocMan.Search.Testing;

namespace EdocMan.Search.Api.Tests.Features.Agencies;

/// <summary>The system admin's list of agencies with counts, and who may create and edit agencies.</summary>
public sealed class AgencyOverviewTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_system_admin_lists_every_agency_with_its_units_accounts_and_documents()
    {
        var clerk = await factory.SignedInClientAsync("thanglv");
        var accepted = await clerk.UploadAsync("maison", PdfFactory.FromText("Báo cáo kết quả thu ngân sách huyện Mai Sơn."), "bc.pdf");
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var sysadmin = await factory.SignedInClientAsync("khanhdv");

        var listed = await sysadmin.GetFromJsonAsync<List<AgencyOverviewResponse>>("/api/admin/agencies");

        var tttt = listed!.Single(a => a.Code == "tttt");
        Assert.Equal(("Sở Thông tin và Truyền thông", "STTTT", 2), (tttt.Name, tttt.Symbol, tttt.Units));
        Assert.True(tttt.Accounts >= 6, $"tttt has {tttt.Accounts} accounts");
        var maison = listed!.Single(a => a.Code == "maison");
        Assert.Equal((0, 2, 1), (maison.Units, maison.Accounts, maison.Documents));
        Assert.Equal(listed!.Select(a => a.Name).Order(StringComparer.Ordinal), listed!.Select(a => a.Name), StringComparer.Ordinal);
    }

    [Fact]
    public async Task Only_the_system_admin_reads_the_list_an_agency_admin_and_a_specialist_are_refused_in_Vietnamese()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/admin/agencies")).StatusCode);
        await HandlingTestKit.AssertProblemAsync(
            await (await factory.SignedInClientAsync("mailt")).GetAsync("/api/admin/agencies"), HttpStatusCode.Forbidden, "Chỉ quản trị hệ thống");
        await HandlingTestKit.AssertProblemAsync(
            await (await factory.SignedInClientAsync("nhungtth")).GetAsync("/api/admin/agencies"), HttpStatusCode.Forbidden, "quản trị");
        // The bare public list stays open to every official: they pick agencies to send and share to.
        Assert.Equal(HttpStatusCode.OK, (await (await factory.SignedInClientAsync("nhungtth")).GetAsync("/api/agencies")).StatusCode);
    }

    [Fact]
    public async Task Editing_an_agency_is_the_system_admins_and_bad_input_gets_Vietnamese_field_messages()
    {
        var sysadmin = await factory.SignedInClientAsync("khanhdv");
        var change = new AgencyRequest("Sở Thông tin và Truyền thông tỉnh Sơn La", "STTTT", null, null);

        await HandlingTestKit.AssertProblemAsync(
            await (await factory.SignedInClientAsync("mailt")).PutAsJsonAsync("/api/admin/agencies/tttt", change), HttpStatusCode.Forbidden, "Chỉ quản trị hệ thống");
        await HandlingTestKit.AssertProblemAsync(
            await (await factory.SignedInClientAsync("binhhv")).PutAsJsonAsync("/api/admin/agencies/tttt", change), HttpStatusCode.Forbidden, "quản trị");
        await HandlingTestKit.AssertProblemAsync(
            await sysadmin.PutAsJsonAsync("/api/admin/agencies/khongco", change), HttpStatusCode.NotFound, "Không tìm thấy cơ quan, đơn vị");

        var blank = await sysadmin.PutAsJsonAsync("/api/admin/agencies/tttt", new AgencyRequest(" ", "S T", null, null));
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.Equal("application/problem+json", blank.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await blank.Content.ReadAsStringAsync());
        Assert.Equal("Thông tin cơ quan, đơn vị chưa hợp lệ.", problem.RootElement.GetProperty("detail").GetString());
        Assert.Contains("tên cơ quan", problem.RootElement.GetProperty("errors").GetProperty("name")[0].GetString());
        Assert.Contains("khoảng trắng", problem.RootElement.GetProperty("errors").GetProperty("symbol")[0].GetString());
        var unchanged = await sysadmin.GetFromJsonAsync<List<AgencyOverviewResponse>>("/api/admin/agencies");
        Assert.Equal("Sở Thông tin và Truyền thông", unchanged!.Single(a => a.Code == "tttt").Name);
    }
}
