using System.Net;
using System.Net.Http.Json;
using EdocMan.Search.Api.Features.Accounts;
using EdocMan.Search.Api.Features.Handling;
using EdocMan.Search.Api.Tests.Features.Documents;

namespace EdocMan.Search.Api.Tests.Features.Handling;

public sealed class ManageUnitsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_agency_admin_creates_a_unit_with_its_head_who_leaves_their_former_unit_and_leaders_can_assign_to_it()
    {
        var admin = await factory.SignedInClientAsync("mailt");
        var put = await admin.PutAsJsonAsync("/tttt/api/units/khtc",
            new UnitRequest("Phòng Kế hoạch - Tài chính", Head: "quangpv", Members: ["quangpv"]));
        var created = await put.Content.ReadFromJsonAsync<UnitResponse>();
        var units = await admin.GetFromJsonAsync<List<UnitResponse>>("/tttt/api/units");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(("KHTC", "Phòng Kế hoạch - Tài chính", "quangpv"), (created!.Code, created.Name, created.Head?.Username));
        Assert.Equal(["quangpv"], created.Members.Select(m => m.Username));
        Assert.DoesNotContain(units!.Single(u => u.Code == "BCVT").Members, m => m.Username == "quangpv");

        var clerk = await factory.SignedInClientAsync("chiennv");
        var leader = await factory.SignedInClientAsync("anhdd");
        var id = await HandlingTestKit.RegisterIncomingAsync(clerk, "tttt", "Đề nghị lập dự toán năm 2027 " + HandlingTestKit.Marker("dt"));
        var assigned = await HandlingTestKit.AssignAsync(leader, "tttt", id, HandlingTestKit.Lead(unit: "KHTC",
            deadline: DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddDays(5)));
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);

        // A unit that holds assignments is the record of who handled what: it cannot be deleted.
        await UploadErrorsTests.AssertProblemAsync(await admin.DeleteAsync("/tttt/api/units/KHTC"), HttpStatusCode.Conflict, "không xóa được");
    }

    [Fact]
    public async Task Only_the_agency_admin_changes_units_unknown_accounts_are_named_and_an_unused_unit_can_be_deleted()
    {
        var admin = await factory.SignedInClientAsync("mailt");
        var specialist = await factory.SignedInClientAsync("nhungtth");

        var refused = await specialist.PutAsJsonAsync("/tttt/api/units/TTR", new UnitRequest("Thanh tra", null, null));
        var unknown = await admin.PutAsJsonAsync("/tttt/api/units/TTR", new UnitRequest("Thanh tra", "khongco", ["binhhv"]));
        var badCode = await admin.PutAsJsonAsync("/tttt/api/units/thanh%20tra", new UnitRequest("Thanh tra", null, null));
        var made = await admin.PutAsJsonAsync("/tttt/api/units/TTR", new UnitRequest("Thanh tra Sở", null, []));
        var deleted = await admin.DeleteAsync("/tttt/api/units/TTR");
        var gone = await admin.DeleteAsync("/tttt/api/units/TTR");

        await UploadErrorsTests.AssertProblemAsync(refused, HttpStatusCode.Forbidden, "quản trị đơn vị");
        // binhhv works at gtvt: another agency's official is as unknown here as a made-up name.
        await UploadErrorsTests.AssertProblemAsync(unknown, HttpStatusCode.BadRequest, "“binhhv”, “khongco”");
        await UploadErrorsTests.AssertProblemAsync(badCode, HttpStatusCode.BadRequest, "Mã đơn vị");
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await UploadErrorsTests.AssertProblemAsync(gone, HttpStatusCode.NotFound, "TTR");
    }

    [Fact]
    public async Task Another_agencys_admin_is_refused_the_units_the_system_admin_may_change_them()
    {
        var sysadmin = await factory.SignedInClientAsync("khanhdv");
        var issued = (await (await sysadmin.PostAsJsonAsync("/api/admin/accounts",
            new CreateAccountRequest("gtvt", "Lò Văn Tiến", ["quantridonvi"])))
            .Content.ReadFromJsonAsync<IssuedAccountResponse>())!;
        var otherAdmin = factory.CreateClient();
        (await otherAdmin.PostAsJsonAsync("/api/auth/login", new { username = issued.Account.Username, password = issued.IssuedPassword })).EnsureSuccessStatusCode();
        (await otherAdmin.PostAsJsonAsync("/api/auth/change-password",
            new { currentPassword = issued.IssuedPassword, newPassword = ApiFactory.NewPassword })).EnsureSuccessStatusCode();

        await UploadErrorsTests.AssertProblemAsync(
            await otherAdmin.PutAsJsonAsync("/tttt/api/units/BCVT", new UnitRequest("Phòng khác", null, [])), HttpStatusCode.Forbidden, "không thuộc cơ quan");
        await UploadErrorsTests.AssertProblemAsync(await otherAdmin.DeleteAsync("/tttt/api/units/VP"), HttpStatusCode.Forbidden, "không thuộc cơ quan");
        // In their own agency the same admin may.
        Assert.Equal(HttpStatusCode.OK,
            (await otherAdmin.PutAsJsonAsync("/gtvt/api/units/TTRA", new UnitRequest("Thanh tra Sở", null, []))).StatusCode);

        var bySysadmin = await sysadmin.PutAsJsonAsync("/tttt/api/units/PC", new UnitRequest("Phòng Pháp chế", "chiennv", null));
        Assert.Equal(HttpStatusCode.OK, bySysadmin.StatusCode);
        Assert.Equal("chiennv", (await bySysadmin.Content.ReadFromJsonAsync<UnitResponse>())!.Head?.Username);
    }
}
