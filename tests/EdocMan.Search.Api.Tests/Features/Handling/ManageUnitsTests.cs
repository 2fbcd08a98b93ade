using System.Net;
using System.Net.Http.Json;
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
}
