using System.Net;
using System.Net.Http.Json;
using EdocMan.Search.Api.Features.CaseFiles;
using EdocMan.Search.Core.CaseFiles;
using EdocMan.Search.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EdocMan.Search.Api.Tests.Features.CaseFiles.CaseFileTestSteps;

namespace EdocMan.Search.Api.Tests.Features.CaseFiles;

/// <summary>Who sees and changes a case file, and what its document list shows them (docs/permissions.md).</summary>
public sealed class CaseFilePermissionTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_colleagues_file_is_hidden_until_shared_and_other_agencies_never_see_it()
    {
        var owner = await factory.SignedInClientAsync("nhungtth");
        var colleague = await factory.SignedInClientAsync("quangpv");
        var leader = await factory.SignedInClientAsync("anhdd");
        var outsider = await factory.SignedInClientAsync("tuanvm");
        var file = (await OpenAdHocAsync(owner, "tttt", "Hồ sơ thẩm định mạng cáp quang huyện Mộc Châu")).File;
        var url = $"/tttt/api/case-files/{file.Id}";

        await AssertProblemAsync(await colleague.GetAsync(url), HttpStatusCode.NotFound, "Không tìm thấy hồ sơ");
        Assert.DoesNotContain(file.Id, (await ListAsync(colleague, "tttt", "")).Items.Select(i => i.File.Id));
        await AssertProblemAsync(await colleague.PostAsJsonAsync(url + "/close", new CloseCaseFileRequest(null, "5 năm")), HttpStatusCode.NotFound, "Không tìm thấy hồ sơ");
        // The agency's leader sees every file of the agency; another agency's official is refused at its door and not found from their own.
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync(url)).StatusCode);
        Assert.Contains(file.Id, (await ListAsync(leader, "tttt", "")).Items.Select(i => i.File.Id));
        await AssertProblemAsync(await outsider.GetAsync(url), HttpStatusCode.Forbidden, "không thuộc cơ quan");
        await AssertProblemAsync(await outsider.GetAsync($"/gtvt/api/case-files/{file.Id}"), HttpStatusCode.NotFound, "Không tìm thấy hồ sơ");
        Assert.DoesNotContain(file.Id, (await ListAsync(outsider, "gtvt", "")).Items.Select(i => i.File.Id));

        // Only the owner (or the agency's leaders) share; sharing gives reading, not changing.
        await AssertProblemAsync(await colleague.PutAsJsonAsync(url + "/shares", new CaseFileSharesRequest(["quangpv"], null)), HttpStatusCode.NotFound, "Không tìm thấy hồ sơ");
        var shared = await owner.PutAsJsonAsync(url + "/shares", new CaseFileSharesRequest(["QuangPV"], ["gtvt"]));
        var grants = (await shared.Content.ReadFromJsonAsync<CaseFileSharesResponse>())!;
        Assert.Equal(["quangpv"], grants.Users);
        Assert.Equal(["gtvt"], grants.Agencies);
        var seen = (await colleague.GetFromJsonAsync<CaseFileDetailResponse>(url))!;
        Assert.False(seen.File.CanChange);
        Assert.Null(seen.Shares);
        Assert.Contains(file.Id, (await ListAsync(colleague, "tttt", "")).Items.Select(i => i.File.Id));
        await AssertProblemAsync(await colleague.PostAsJsonAsync(url + "/close", new CloseCaseFileRequest(null, "5 năm")), HttpStatusCode.Forbidden, "người lập hồ sơ");
        Assert.Equal(HttpStatusCode.OK, (await outsider.GetAsync($"/gtvt/api/case-files/{file.Id}")).StatusCode);
        Assert.Contains(file.Id, (await ListAsync(outsider, "gtvt", "")).Items.Select(i => i.File.Id));

        await AssertProblemAsync(await owner.PutAsJsonAsync(url + "/shares", new CaseFileSharesRequest(["khongcoai"], null)), HttpStatusCode.BadRequest, "Không có tài khoản");
        Assert.Equal(HttpStatusCode.OK, (await owner.PutAsJsonAsync(url + "/shares", new CaseFileSharesRequest([], []))).StatusCode);
        await AssertProblemAsync(await colleague.GetAsync(url), HttpStatusCode.NotFound, "Không tìm thấy hồ sơ");
    }

    [Fact]
    public async Task A_document_the_viewer_may_not_see_is_a_hidden_line_and_never_finds_the_file()
    {
        var clerk = await factory.SignedInClientAsync("chiennv");
        var leader = await factory.SignedInClientAsync("anhdd");
        var specialist = await factory.SignedInClientAsync("quangpv");
        // Incoming mail not assigned to the specialist: the clerk and the leader see it, the specialist does not.
        var secret = await UploadAsync(clerk, "tttt", "Đơn kiến nghị về trạm phát sóng Chiềng Sinh chưa giao xử lý", register: "den", title: "Kiến nghị trạm phát sóng Chiềng Sinh");
        var own = await UploadAsync(specialist, "tttt", "Báo cáo khảo sát vùng lõm sóng", title: "Báo cáo vùng lõm sóng");
        var file = (await OpenAdHocAsync(specialist, "tttt", "Hồ sơ phủ sóng di động vùng sâu")).File;
        await AddAsync(specialist, "tttt", file.Id, own);
        await AssertProblemAsync(await specialist.PostAsJsonAsync($"/tttt/api/case-files/{file.Id}/documents", new AddCaseFileDocumentRequest(secret, null)),
            HttpStatusCode.NotFound, "Không tìm thấy văn bản");
        await AddAsync(leader, "tttt", file.Id, secret);

        var raw = await specialist.GetStringAsync($"/tttt/api/case-files/{file.Id}");
        Assert.DoesNotContain("Chiềng Sinh", raw);
        Assert.DoesNotContain(secret.ToString(), raw);
        var view = (await specialist.GetFromJsonAsync<CaseFileDetailResponse>($"/tttt/api/case-files/{file.Id}"))!;
        Assert.Equal(2, view.Documents.Count);
        Assert.Equal(1, view.HiddenCount);
        var hidden = Assert.Single(view.Documents, d => d.Hidden);
        Assert.Equal((null, null, null, null), (hidden.DocumentId, hidden.TypeAndSummary, hidden.NumberSymbol, hidden.Pages));
        var leaderView = (await leader.GetFromJsonAsync<CaseFileDetailResponse>($"/tttt/api/case-files/{file.Id}"))!;
        Assert.Equal(0, leaderView.HiddenCount);
        Assert.Contains(leaderView.Documents, d => d.DocumentId == secret);

        Assert.DoesNotContain(file.Id, (await ListAsync(specialist, "tttt", "q=chieng+sinh")).Items.Select(i => i.File.Id));
        Assert.Contains(file.Id, (await ListAsync(leader, "tttt", "q=chieng+sinh")).Items.Select(i => i.File.Id));
        // The counts at closing are the file's: both documents.
        var closing = await specialist.PostAsJsonAsync($"/tttt/api/case-files/{file.Id}/close", new CloseCaseFileRequest(null, "5 năm"));
        Assert.Equal(2, (await closing.Content.ReadFromJsonAsync<CaseFileDetailResponse>())!.File.DocumentCount);
    }

    [Fact]
    public async Task A_transferred_file_can_be_read_but_refuses_every_change()
    {
        var owner = await factory.SignedInClientAsync("nhungtth");
        var leader = await factory.SignedInClientAsync("anhdd");
        var document = await UploadAsync(owner, "tttt", "Báo cáo tổng kết công tác bưu chính", title: "Báo cáo tổng kết bưu chính");
        var other = await UploadAsync(owner, "tttt", "Phụ lục số liệu bưu chính", title: "Phụ lục số liệu");
        var file = (await OpenAdHocAsync(owner, "tttt", "Hồ sơ tổng kết công tác bưu chính")).File;
        await AddAsync(owner, "tttt", file.Id, document);
        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsJsonAsync($"/tttt/api/case-files/{file.Id}/close", new CloseCaseFileRequest(null, "10 năm"))).StatusCode);
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
            var stored = await db.CaseFiles.SingleAsync(f => f.Id == file.Id);
            stored.Status = CaseFileStatus.Transferred;
            await db.SaveChangesAsync();
        }
        var url = $"/tttt/api/case-files/{file.Id}";
        foreach (var client in new[] { owner, leader })
        {
            var attempts = new[]
            {
                await client.PostAsJsonAsync(url + "/documents", new AddCaseFileDocumentRequest(other, null)),
                await client.DeleteAsync(url + $"/documents/{document}"),
                await client.PostAsJsonAsync(url + "/close", new CloseCaseFileRequest(null, "10 năm")),
                await client.PostAsync(url + "/reopen", null),
                await client.PatchAsJsonAsync(url, new UpdateCaseFileRequest("Tiêu đề mới", null, null)),
                await client.PutAsJsonAsync(url + "/shares", new CaseFileSharesRequest(["quangpv"], null)),
            };
            foreach (var attempt in attempts)
            {
                var problem = await AssertProblemAsync(attempt, HttpStatusCode.Conflict, CaseFileAccess.Transferred);
                Assert.Equal("Hồ sơ đã nộp lưu vào lưu trữ cơ quan, chỉ được xem.", problem.Detail);
            }
        }
        var read = (await owner.GetFromJsonAsync<CaseFileDetailResponse>(url))!;
        Assert.Equal(("Transferred", "Hồ sơ tổng kết công tác bưu chính", false), (read.File.Status, read.File.Title, read.File.CanChange));
        Assert.Equal(document, read.Documents.Single().DocumentId);
    }
}
