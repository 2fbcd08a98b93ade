using System.Net;
using System.Net.Http.Json;
using EdocMan.Search.Api.Features.Administration;
using EdocMan.Search.Api.Features.Handling;
using EdocMan.Search.Api.Features.Permissions;
using static EdocMan.Search.Api.Tests.Features.Handling.HandlingTestKit;

namespace EdocMan.Search.Api.Tests.Features.Handling;

/// <summary>
/// The handling slip end to end in Sở Thông tin và Truyền thông (tttt): anhdd (lãnh đạo) assigns, nhungtth
/// heads Phòng Bưu chính, Viễn thông (BCVT) where quangpv works, mailt heads Văn phòng (VP).
/// </summary>
public sealed class HandlingFlowTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static DateOnly Today => HandlingAccess.Today(TimeProvider.System);

    [Fact]
    public async Task Assign_reassign_progress_and_done_move_the_status_and_the_right_to_read()
    {
        var clerk = await factory.SignedInClientAsync("chiennv");
        var leader = await factory.SignedInClientAsync("anhdd");
        var head = await factory.SignedInClientAsync("nhungtth");
        var member = await factory.SignedInClientAsync("quangpv");
        var marker = Marker("phancong");
        var id = await RegisterIncomingAsync(clerk, "tttt", $"Công văn về việc triển khai mạng bưu chính công cộng {marker}.");

        // Registered, not assigned: the specialists of the agency neither find nor open it.
        Assert.Equal("Received", (await SlipAsync(leader, "tttt", id)).Status);
        Assert.Equal((0L, HttpStatusCode.NotFound), await SeesAsync(head, "tttt", id, marker));
        Assert.Equal((0L, HttpStatusCode.NotFound), await SeesAsync(member, "tttt", id, marker));
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/tttt/api/handling/{id}")).StatusCode);

        var assigned = await OkSlipAsync(await AssignAsync(leader, "tttt", id,
            Lead(unit: "BCVT", deadline: Today.AddDays(10), instruction: "Phòng BCVT tham mưu văn bản trả lời."),
            CoHandler(unit: "VP", deadline: Today.AddDays(7))));
        Assert.Equal("Assigned", assigned.Status);
        Assert.Equal(["Chủ trì", "Phối hợp"], assigned.Assignments.Select(a => a.RoleLabel));
        var unitPart = assigned.Assignments.Single(a => a.Unit == "BCVT");
        Assert.Equal("Phòng BCVT tham mưu văn bản trả lời.", unitPart.Instruction);

        // The unit head now reads it and has it in their work; the member does not yet.
        Assert.Equal((1L, HttpStatusCode.OK), await SeesAsync(head, "tttt", id, marker));
        Assert.Equal((0L, HttpStatusCode.NotFound), await SeesAsync(member, "tttt", id, marker));
        var headWork = await head.GetFromJsonAsync<MyWorkResponse>("/tttt/api/handling/my-work");
        Assert.Contains(headWork!.Items, w => w.AssignmentId == unitPart.Id && w.Unit == "BCVT" && w.Status == "Assigned");

        // Re-assign: not past the unit's deadline, only to people of the unit.
        await AssertProblemAsync(await head.PostAsJsonAsync($"/tttt/api/handling/assignments/{unitPart.Id}/reassign",
            new AssignRequest([new(null, null, "quangpv", Today.AddDays(11), null)])), HttpStatusCode.BadRequest, "không được muộn hơn hạn của đơn vị");
        await AssertProblemAsync(await head.PostAsJsonAsync($"/tttt/api/handling/assignments/{unitPart.Id}/reassign",
            new AssignRequest([new(null, null, "chiennv", Today.AddDays(5), null)])), HttpStatusCode.BadRequest, "không thuộc đơn vị được giao");
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsJsonAsync($"/tttt/api/handling/assignments/{unitPart.Id}/reassign",
            new AssignRequest([new(null, null, "quangpv", Today.AddDays(5), null)]))).StatusCode);
        var reassigned = await OkSlipAsync(await head.PostAsJsonAsync($"/tttt/api/handling/assignments/{unitPart.Id}/reassign",
            new AssignRequest([new(null, null, "quangpv", Today.AddDays(8), "Dự thảo trả lời trước ngày 8.")])));
        Assert.Equal("Assigned", reassigned.Status);
        var personal = reassigned.Assignments.Single(a => a.ParentId == unitPart.Id);
        Assert.Equal(("quangpv", "Lead"), (personal.User, personal.Role));

        // The member now finds and opens it, and sees it in their work.
        Assert.Equal((1L, HttpStatusCode.OK), await SeesAsync(member, "tttt", id, marker));
        var memberWork = await member.GetFromJsonAsync<MyWorkResponse>("/tttt/api/handling/my-work");
        Assert.Equal(Today.AddDays(8), memberWork!.Items.Single(w => w.DocumentId == id).Deadline);

        // Progress: a note starts the work, and the unit's part with it.
        var noted = await OkSlipAsync(await member.PostAsJsonAsync($"/tttt/api/handling/assignments/{personal.Id}/notes",
            new NoteRequest("Đã xin ý kiến Phòng Kế hoạch - Tài chính.")));
        Assert.Equal("InProgress", noted.Status);
        Assert.Equal("InProgress", noted.Assignments.Single(a => a.Id == unitPart.Id).Status);
        Assert.Equal("Đã xin ý kiến Phòng Kế hoạch - Tài chính.", Assert.Single(noted.Assignments.Single(a => a.Id == personal.Id).Notes).Text);

        // Only a handler records progress; a reply must be an outgoing document of the agency.
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsJsonAsync($"/tttt/api/handling/assignments/{personal.Id}/start", new { })).StatusCode);
        await AssertProblemAsync(await member.PostAsJsonAsync($"/tttt/api/handling/assignments/{personal.Id}/done",
            new DoneRequest("Đã dự thảo.", id)), HttpStatusCode.BadRequest, "văn bản đi");
        await AssertProblemAsync(await member.PostAsJsonAsync($"/tttt/api/handling/assignments/{personal.Id}/done",
            new DoneRequest(" ", null)), HttpStatusCode.BadRequest, "kết quả xử lý");

        // The member's part done is not the document done: the lead is the unit's part.
        var memberDone = await OkSlipAsync(await member.PostAsJsonAsync($"/tttt/api/handling/assignments/{personal.Id}/done",
            new DoneRequest("Đã dự thảo công văn trả lời.", null)));
        Assert.Equal("InProgress", memberDone.Status);
        Assert.Equal("Done", memberDone.Assignments.Single(a => a.Id == personal.Id).Status);

        var reply = await RegisterOutgoingAsync(clerk);
        var done = await OkSlipAsync(await head.PostAsJsonAsync($"/tttt/api/handling/assignments/{unitPart.Id}/done",
            new DoneRequest("Đã ban hành công văn trả lời.", reply)));
        Assert.Equal(("Done", "Đã xử lý"), (done.Status, done.StatusLabel));
        Assert.Equal(reply, done.Assignments.Single(a => a.Id == unitPart.Id).ReplyDocumentId);
        Assert.False(done.CanAssign);
        await AssertProblemAsync(await AssignAsync(leader, "tttt", id, CoHandler(user: "chiennv", deadline: Today)), HttpStatusCode.Conflict, "đã được xử lý xong");
        // Done handlers keep reading what they handled.
        Assert.Equal((1L, HttpStatusCode.OK), await SeesAsync(member, "tttt", id, marker));

        var admin = await factory.SignedInClientAsync("mailt");
        var log = await admin.GetFromJsonAsync<AuditPageResponse>($"/api/admin/audit?documentId={id}&pageSize=100");
        Assert.Equal(2, log!.Entries.Count(e => e.Action == "handling.assign"));
        Assert.Equal(2, log.Entries.Count(e => e.Action == "handling.done"));
        Assert.Contains(log.Entries, e => e.Action == "handling.assign" && e.Detail!.Contains("Chủ trì Phòng Bưu chính, Viễn thông"));
    }

    [Fact]
    public async Task Only_the_agencys_leader_assigns_and_others_get_403_or_404()
    {
        var clerk = await factory.SignedInClientAsync("chiennv");
        var id = await RegisterIncomingAsync(clerk, "tttt", $"Giấy mời họp giao ban {Marker("giaoban")}.");
        var assignee = Lead(user: "quangpv", deadline: Today.AddDays(3));

        // The clerk sees it but may not decide who handles it.
        await AssertProblemAsync(await AssignAsync(clerk, "tttt", id, assignee), HttpStatusCode.Forbidden, "lãnh đạo");
        // A specialist who cannot see it: not found, as for any document.
        Assert.Equal(HttpStatusCode.NotFound, (await AssignAsync(await factory.SignedInClientAsync("quangpv"), "tttt", id, assignee)).StatusCode);
        // Another agency's leader: through their own agency the document is not in its register (404);
        // through this agency's routes they are refused at the door (403).
        var other = await factory.SignedInClientAsync("thupt");
        await AssertProblemAsync(await AssignAsync(other, "gtvt", id, assignee), HttpStatusCode.NotFound, "sổ văn bản đến");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/gtvt/api/handling/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await AssignAsync(other, "tttt", id, assignee)).StatusCode);

        // An uploaded document that is not in the incoming register has no slip.
        var upload = await clerk.UploadAsync("tttt", "Dự thảo chưa vào sổ."u8.ToArray(), "du-thao.txt");
        var unregistered = (await clerk.WaitForProcessingAsync(upload.Headers.Location!.ToString())).Id;
        Assert.Equal(HttpStatusCode.NotFound, (await AssignAsync(await factory.SignedInClientAsync("anhdd"), "tttt", unregistered, assignee)).StatusCode);
    }

    [Fact]
    public async Task Bad_assignments_are_400_with_the_reason_in_Vietnamese()
    {
        var clerk = await factory.SignedInClientAsync("chiennv");
        var leader = await factory.SignedInClientAsync("anhdd");
        var id = await RegisterIncomingAsync(clerk, "tttt", $"Báo cáo tình hình an toàn thông tin {Marker("attt")}.");

        await AssertProblemAsync(await AssignAsync(leader, "tttt", id), HttpStatusCode.BadRequest, "Chọn đơn vị (người) chủ trì");
        await AssertProblemAsync(await AssignAsync(leader, "tttt", id, Lead(user: "quangpv", deadline: Today.AddDays(-1))),
            HttpStatusCode.BadRequest, "đã qua");
        await AssertProblemAsync(await AssignAsync(leader, "tttt", id, Lead(user: "quangpv")), HttpStatusCode.BadRequest, "Nhập hạn xử lý");
        // An official of another agency, a unit of another agency.
        await AssertProblemAsync(await AssignAsync(leader, "tttt", id, Lead(user: "tuanvm", deadline: Today)), HttpStatusCode.BadRequest, "tuanvm");
        await AssertProblemAsync(await AssignAsync(leader, "tttt", id, Lead(unit: "QLVT", deadline: Today)), HttpStatusCode.BadRequest, "QLVT");
        await AssertProblemAsync(await AssignAsync(leader, "tttt", id, Lead(unit: "BCVT", user: "quangpv", deadline: Today)),
            HttpStatusCode.BadRequest, "không chọn cả hai");
        await AssertProblemAsync(await AssignAsync(leader, "tttt", id, Lead(user: "quangpv", deadline: Today), Lead(unit: "VP", deadline: Today)),
            HttpStatusCode.BadRequest, "đúng một");
        await AssertProblemAsync(await AssignAsync(leader, "tttt", id, new AssigneeRequest("sep", null, "quangpv", Today, null)),
            HttpStatusCode.BadRequest, "chủ trì hoặc phối hợp");

        await OkSlipAsync(await AssignAsync(leader, "tttt", id, Lead(user: "quangpv", deadline: Today)));
        await AssertProblemAsync(await AssignAsync(leader, "tttt", id, Lead(unit: "BCVT", deadline: Today)), HttpStatusCode.Conflict, "đã có đơn vị (người) chủ trì");
        await AssertProblemAsync(await AssignAsync(leader, "tttt", id, CoHandler(user: "quangpv", deadline: Today)), HttpStatusCode.BadRequest, "Đã được phân công");
    }

    [Fact]
    public async Task Withdrawing_takes_back_the_right_to_read_unless_another_reason_remains()
    {
        var clerk = await factory.SignedInClientAsync("chiennv");
        var leader = await factory.SignedInClientAsync("anhdd");
        var head = await factory.SignedInClientAsync("nhungtth");
        var member = await factory.SignedInClientAsync("quangpv");
        var marker = Marker("thuhoi");
        var id = await RegisterIncomingAsync(clerk, "tttt", $"Kế hoạch kiểm tra đại lý bưu chính {marker}.");
        // The clerk shares it with the unit head by hand before any assignment: a reason of its own.
        var shared = await clerk.PutAsJsonAsync($"/tttt/api/documents/{id}/access", new DocumentAccessRequest(false, null, null, ["nhungtth"]));
        Assert.Equal(HttpStatusCode.OK, shared.StatusCode);

        var slip = await OkSlipAsync(await AssignAsync(leader, "tttt", id,
            Lead(user: "quangpv", deadline: Today.AddDays(5)), CoHandler(unit: "BCVT", deadline: Today.AddDays(5))));
        Assert.Equal((1L, HttpStatusCode.OK), await SeesAsync(member, "tttt", id, marker));

        // The member cannot withdraw; the leader withdraws both lines.
        var lead = slip.Assignments.Single(a => a.User == "quangpv");
        var unit = slip.Assignments.Single(a => a.Unit == "BCVT");
        Assert.Equal(HttpStatusCode.Forbidden, (await member.DeleteAsync($"/tttt/api/handling/assignments/{lead.Id}")).StatusCode);
        Assert.Equal("Assigned", (await OkSlipAsync(await leader.DeleteAsync($"/tttt/api/handling/assignments/{unit.Id}"))).Status);
        var withdrawn = await OkSlipAsync(await leader.DeleteAsync($"/tttt/api/handling/assignments/{lead.Id}"));

        Assert.Equal("Received", withdrawn.Status);
        Assert.All(withdrawn.Assignments, a => Assert.Equal("Withdrawn", a.Status));
        Assert.Equal((0L, HttpStatusCode.NotFound), await SeesAsync(member, "tttt", id, marker));
        Assert.DoesNotContain((await member.GetFromJsonAsync<MyWorkResponse>("/tttt/api/handling/my-work"))!.Items, w => w.DocumentId == id);
        // The head keeps the clerk's share.
        Assert.Equal((1L, HttpStatusCode.OK), await SeesAsync(head, "tttt", id, marker));
        var access = await clerk.GetFromJsonAsync<DocumentAccessResponse>($"/tttt/api/documents/{id}/access");
        Assert.Equal(["nhungtth"], access!.Users);
        Assert.Empty(access.Handlers);
        Assert.Equal(HttpStatusCode.Conflict, (await leader.DeleteAsync($"/tttt/api/handling/assignments/{lead.Id}")).StatusCode);

        var admin = await factory.SignedInClientAsync("mailt");
        var log = await admin.GetFromJsonAsync<AuditPageResponse>($"/api/admin/audit?documentId={id}&action=handling.withdraw");
        Assert.Equal(2, log!.Entries.Count);
    }

    [Fact]
    public async Task Replacing_the_shares_of_a_document_keeps_it_with_its_handlers()
    {
        var clerk = await factory.SignedInClientAsync("chiennv");
        var member = await factory.SignedInClientAsync("quangpv");
        var marker = Marker("chiase");
        var id = await RegisterIncomingAsync(clerk, "tttt", $"Công văn đôn đốc báo cáo {marker}.");
        await OkSlipAsync(await AssignAsync(await factory.SignedInClientAsync("anhdd"), "tttt", id, Lead(user: "quangpv", deadline: Today)));

        // The clerk replaces the shares with nobody: the handler still reads the document, and the access page
        // lists them as handler, not as a share the clerk could remove.
        var replaced = await clerk.PutAsJsonAsync($"/tttt/api/documents/{id}/access", new DocumentAccessRequest(false, null, null, []));
        var access = (await replaced.Content.ReadFromJsonAsync<DocumentAccessResponse>())!;
        Assert.Empty(access.Users);
        Assert.Equal(["quangpv"], access.Handlers);
        Assert.Equal((1L, HttpStatusCode.OK), await SeesAsync(member, "tttt", id, marker));
    }

    [Fact]
    public async Task Units_list_their_heads_and_members()
    {
        var units = (await (await factory.SignedInClientAsync("quangpv")).GetFromJsonAsync<List<UnitResponse>>("/tttt/api/units"))!;
        var bcvt = units.Single(u => u.Code == "BCVT");
        Assert.Equal("nhungtth", bcvt.Head!.Username);
        Assert.Equal(["nhungtth", "quangpv"], bcvt.Members.Select(m => m.Username).Order());
        Assert.Equal(["BCVT", "VP"], units.Select(u => u.Code).Order());
    }

    private static async Task<Guid> RegisterOutgoingAsync(HttpClient clerk)
    {
        var upload = await clerk.UploadAsync("tttt", System.Text.Encoding.UTF8.GetBytes($"Công văn trả lời {Marker("traloi")}."), "tra-loi.txt");
        var document = await clerk.WaitForProcessingAsync(upload.Headers.Location!.ToString());
        var request = new Api.Features.Registers.RegisterRequest(document.Id, true, "CV", "V/v trả lời", null, null, null, "Giám đốc",
            null, null, null, null, null, null, null, "BCVT");
        var registered = await clerk.PostAsJsonAsync("/tttt/api/registers/di/entries", request);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        return document.Id;
    }
}
