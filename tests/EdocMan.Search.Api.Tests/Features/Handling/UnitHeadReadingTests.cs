using System.Net;
using System.Net.Http.Json;
using EdocMan.Search.Api.Features.Handling;
using EdocMan.Search.Api.Features.Permissions;
using static EdocMan.Search.Api.Tests.Features.Handling.HandlingTestKit;

namespace EdocMan.Search.Api.Tests.Features.Handling;

/// <summary>
/// The head of a unit reads what is assigned to the unit because of the assignment, not because of a share:
/// when the agency admin names a new head, the reading right moves with the post, in search and by URL.
/// </summary>
public sealed class UnitHeadReadingTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_new_head_takes_over_what_is_assigned_to_the_unit_and_the_former_head_loses_it()
    {
        var admin = await factory.SignedInClientAsync("mailt");
        var clerk = await factory.SignedInClientAsync("chiennv");
        var leader = await factory.SignedInClientAsync("anhdd");
        var first = await factory.SignedInClientAsync("quangpv");
        var second = await factory.SignedInClientAsync("nhungtth");
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/tttt/api/units/qlcl",
            new UnitRequest("Phòng Quản lý chất lượng", Head: "quangpv", Members: ["quangpv", "nhungtth"]))).StatusCode);
        var marker = Marker("truongphong");
        var id = await RegisterIncomingAsync(clerk, "tttt", $"Đề nghị kiểm tra chất lượng dịch vụ {marker}.");
        await OkSlipAsync(await AssignAsync(leader, "tttt", id, Lead(unit: "QLCL", deadline: DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7))));
        Assert.Equal((1L, HttpStatusCode.OK), await SeesAsync(first, "tttt", id, marker));
        Assert.Equal((0L, HttpStatusCode.NotFound), await SeesAsync(second, "tttt", id, marker));

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/tttt/api/units/QLCL",
            new UnitRequest("Phòng Quản lý chất lượng", Head: "nhungtth", Members: ["quangpv", "nhungtth"]))).StatusCode);

        Assert.Equal((1L, HttpStatusCode.OK), await SeesAsync(second, "tttt", id, marker));
        Assert.Equal((0L, HttpStatusCode.NotFound), await SeesAsync(first, "tttt", id, marker));
        var access = await clerk.GetFromJsonAsync<DocumentAccessResponse>($"/tttt/api/documents/{id}/access");
        Assert.Equal(["nhungtth"], access!.Handlers);
        Assert.Empty(access.Users);
    }
}
