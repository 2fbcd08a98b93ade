using System.Net;
using System.Net.Http.Json;
using EdocMan.Search.Api.Features.CaseFiles;
using EdocMan.Search.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EdocMan.Search.Api.Tests.Features.CaseFiles.CaseFileTestSteps;

namespace EdocMan.Search.Api.Tests.Features.CaseFiles;

/// <summary>Opening, collecting and closing case files, from the plan and ad hoc.</summary>
public sealed class CaseFileFlowTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Plan_approve_open_in_December_collect_close_in_January_keeps_the_plan_year()
    {
        var clerk = await factory.SignedInClientAsync("chiennv");
        var leader = await factory.SignedInClientAsync("anhdd");
        var specialist = await factory.SignedInClientAsync("nhungtth");
        Assert.Equal(HttpStatusCode.Created, (await clerk.PostAsJsonAsync("/tttt/api/file-plans", new CreateFilePlanRequest(2025))).StatusCode);
        var line = await AddLineAsync(clerk, "tttt", 2025, "Bưu chính, viễn thông", "BCVT", "Hồ sơ cấp giấy phép bưu chính năm 2025", "Vĩnh viễn", "nhungtth");

        var early = await specialist.PostAsJsonAsync("/tttt/api/case-files", new OpenCaseFileRequest(line.Id, null, null, null, new DateOnly(2025, 12, 15), null, null));
        await AssertProblemAsync(early, HttpStatusCode.Conflict, "chưa được phê duyệt");
        Assert.Equal(HttpStatusCode.OK, (await leader.PostAsync("/tttt/api/file-plans/2025/approve", null)).StatusCode);

        var outsideYear = await specialist.PostAsJsonAsync("/tttt/api/case-files", new OpenCaseFileRequest(line.Id, null, null, null, new DateOnly(2026, 1, 2), null, null));
        await AssertProblemAsync(outsideYear, HttpStatusCode.BadRequest, "phải mở trong năm 2025");
        var opened = await specialist.PostAsJsonAsync("/tttt/api/case-files", new OpenCaseFileRequest(line.Id, null, null, null, new DateOnly(2025, 12, 15), null, null));
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var file = (await opened.Content.ReadFromJsonAsync<CaseFileDetailResponse>())!.File;
        Assert.Equal(("01.BCVT", "Hồ sơ cấp giấy phép bưu chính năm 2025", "Vĩnh viễn", 2025, "Open"), (file.Code, file.Title, file.Retention, file.Year, file.Status));
        Assert.Equal("nhungtth", file.Owner);
        var twice = await clerk.PostAsJsonAsync("/tttt/api/case-files", new OpenCaseFileRequest(line.Id, null, null, null, new DateOnly(2025, 12, 16), null, null));
        await AssertProblemAsync(twice, HttpStatusCode.Conflict, "đã được mở");
        // The line now points at its file, and cannot be removed even when the plan is reopened.
        var plan = (await clerk.GetFromJsonAsync<FilePlanResponse>("/tttt/api/file-plans/2025"))!;
        Assert.Equal(file.Id, plan.Headings.Single().Items.Single().CaseFileId);
        Assert.Equal(HttpStatusCode.OK, (await leader.PostAsync("/tttt/api/file-plans/2025/reopen", null)).StatusCode);
        await AssertProblemAsync(await clerk.DeleteAsync($"/tttt/api/file-plans/2025/items/{line.Id}"), HttpStatusCode.Conflict, "đã được mở từ dòng này");
        // A new line goes after it under the same heading, so the opened file keeps its number 01.BCVT.
        var added = await AddLineAsync(clerk, "tttt", 2025, "Bưu chính, viễn thông", null, "Hồ sơ thanh tra bưu chính", "10 năm");
        Assert.Equal("02.BCVT", added.Code);
        Assert.Equal(HttpStatusCode.OK, (await leader.PostAsync("/tttt/api/file-plans/2025/approve", null)).StatusCode);

        // Collected out of order; listed by document date.
        var later = await UploadAsync(specialist, "tttt", "Giấy phép bưu chính cấp cho Công ty Chuyển phát Tây Bắc", number: "215/GP-STTTT", date: new DateOnly(2025, 12, 28), title: "Giấy phép bưu chính Tây Bắc");
        var sooner = await UploadAsync(specialist, "tttt", "Đơn đề nghị cấp giấy phép bưu chính", number: "12/ĐN-TB", date: new DateOnly(2025, 12, 10), title: "Đơn đề nghị cấp giấy phép");
        await AddAsync(specialist, "tttt", file.Id, later);
        var collected = await AddAsync(specialist, "tttt", file.Id, sooner);
        Assert.Equal([sooner, later], collected.Documents.Select(d => d.DocumentId!.Value));
        Assert.Equal([1, 2], collected.Documents.Select(d => d.No));
        Assert.Equal("12/ĐN-TB", collected.Documents[0].NumberSymbol);
        Assert.Equal("1", collected.Documents[0].Pages);
        await AssertProblemAsync(await specialist.PostAsJsonAsync($"/tttt/api/case-files/{file.Id}/documents", new AddCaseFileDocumentRequest(later, null)),
            HttpStatusCode.Conflict, "đã có trong hồ sơ");

        await AssertProblemAsync(await specialist.PostAsJsonAsync($"/tttt/api/case-files/{file.Id}/close", new CloseCaseFileRequest(new DateOnly(2026, 1, 10), null)),
            HttpStatusCode.BadRequest, "xác nhận thời hạn bảo quản");
        await AssertProblemAsync(await specialist.PostAsJsonAsync($"/tttt/api/case-files/{file.Id}/close", new CloseCaseFileRequest(new DateOnly(2025, 12, 1), "Vĩnh viễn")),
            HttpStatusCode.BadRequest, "Ngày kết thúc");
        var closing = await specialist.PostAsJsonAsync($"/tttt/api/case-files/{file.Id}/close", new CloseCaseFileRequest(new DateOnly(2026, 1, 10), "20 năm"));
        Assert.Equal(HttpStatusCode.OK, closing.StatusCode);
        var closed = (await closing.Content.ReadFromJsonAsync<CaseFileDetailResponse>())!.File;
        Assert.Equal(("Closed", 2025, new DateOnly(2026, 1, 10), 2, 2, 20), (closed.Status, closed.Year, closed.EndDate!.Value, closed.DocumentCount!.Value, closed.PageCount!.Value, closed.RetentionYears!.Value));

        await AssertProblemAsync(await specialist.PostAsJsonAsync($"/tttt/api/case-files/{file.Id}/documents", new AddCaseFileDocumentRequest(Guid.NewGuid(), null)),
            HttpStatusCode.Conflict, "đã kết thúc");
        var reopened = await specialist.PostAsync($"/tttt/api/case-files/{file.Id}/reopen", null);
        var open = (await reopened.Content.ReadFromJsonAsync<CaseFileDetailResponse>())!.File;
        Assert.Equal(("Open", null, null), (open.Status, open.EndDate, open.DocumentCount));
        await AssertProblemAsync(await specialist.PostAsync($"/tttt/api/case-files/{file.Id}/reopen", null), HttpStatusCode.Conflict, "đang mở");
        Assert.Equal(HttpStatusCode.NoContent, (await specialist.DeleteAsync($"/tttt/api/case-files/{file.Id}/documents/{later}")).StatusCode);
        var reclosed = await specialist.PostAsJsonAsync($"/tttt/api/case-files/{file.Id}/close", new CloseCaseFileRequest(new DateOnly(2026, 1, 12), "Vĩnh viễn"));
        var final = (await reclosed.Content.ReadFromJsonAsync<CaseFileDetailResponse>())!.File;
        Assert.Equal((1, "Vĩnh viễn", 2025), (final.DocumentCount!.Value, final.Retention, final.Year));
    }

    [Fact]
    public async Task Ad_hoc_files_are_numbered_under_the_officials_unit_or_the_given_heading()
    {
        var specialist = await factory.SignedInClientAsync("quangpv");
        var first = (await OpenAdHocAsync(specialist, "tttt", "Hồ sơ kiểm tra đại lý bưu điện văn hóa xã")).File;
        var second = (await OpenAdHocAsync(specialist, "tttt", "Hồ sơ góp ý dự thảo quy hoạch", "5 năm")).File;
        var other = (await OpenAdHocAsync(specialist, "tttt", "Hồ sơ hội thảo chuyển đổi số", "Vĩnh viễn", "cds")).File;
        Assert.Matches(@"^\d{2}\.BCVT$", first.Code);
        Assert.Equal(int.Parse(first.Code[..2], System.Globalization.CultureInfo.InvariantCulture) + 1, int.Parse(second.Code[..2], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("01.CDS", other.Code);
        Assert.Equal(DateTime.UtcNow.AddHours(7).Year, first.Year);
        Assert.Null(first.FilePlanItemId);
        await AssertProblemAsync(await specialist.PostAsJsonAsync("/tttt/api/case-files", new OpenCaseFileRequest(null, "", "5 năm", null, null, null, null)),
            HttpStatusCode.BadRequest, "tiêu đề hồ sơ");
        await AssertProblemAsync(await specialist.PostAsJsonAsync("/tttt/api/case-files", new OpenCaseFileRequest(null, "Hồ sơ", "0 năm", null, null, null, null)),
            HttpStatusCode.BadRequest, "Thời hạn bảo quản");
        await AssertProblemAsync(await specialist.PostAsJsonAsync("/tttt/api/case-files", new OpenCaseFileRequest(null, "Hồ sơ", "5 năm", null, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)), null, null)),
            HttpStatusCode.BadRequest, "sau ngày hôm nay");
    }

    [Fact]
    public async Task One_document_sits_in_two_files_without_being_copied_and_duplicates_are_flagged_at_closing()
    {
        var owner = await factory.SignedInClientAsync("nhungtth");
        var colleague = await factory.SignedInClientAsync("quangpv");
        var shared = await UploadAsync(owner, "tttt", "Kế hoạch ứng dụng công nghệ thông tin năm 2026", number: "88/KH-STTTT", issuer: "Sở Thông tin và Truyền thông");
        var mine = (await OpenAdHocAsync(owner, "tttt", "Hồ sơ kế hoạch ứng dụng CNTT")).File;
        var theirs = (await OpenAdHocAsync(colleague, "tttt", "Hồ sơ theo dõi ứng dụng CNTT")).File;
        await AddAsync(owner, "tttt", mine.Id, shared);
        await AddAsync(colleague, "tttt", theirs.Id, shared);

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
            Assert.Equal(1, await db.Documents.CountAsync(d => d.Id == shared));
            Assert.Equal(2, await db.CaseFileDocuments.CountAsync(l => l.DocumentId == shared));
        }
        var holding = await ListAsync(owner, "tttt", $"document={shared}");
        Assert.Equal([mine.Id], holding.Items.Select(i => i.File.Id));

        // A second copy of the same number from the same issuer, uploaded again as a different file.
        var copy = await UploadAsync(owner, "tttt", "Kế hoạch ứng dụng CNTT (bản chụp lại)", number: "88/KH-STTTT", issuer: "Sở Thông tin và Truyền thông");
        await AddAsync(owner, "tttt", mine.Id, copy);
        var closing = await owner.PostAsJsonAsync($"/tttt/api/case-files/{mine.Id}/close", new CloseCaseFileRequest(null, "10 năm"));
        var closed = (await closing.Content.ReadFromJsonAsync<CaseFileDetailResponse>())!;
        var duplicate = Assert.Single(closed.Duplicates);
        Assert.Equal([1, 2], duplicate.Numbers.Order());
        Assert.Contains("Trùng số, ký hiệu", duplicate.Reason);
        Assert.Equal(2, closed.File.DocumentCount);
        // Closing one file leaves the document in the other, still open, file.
        var other = (await colleague.GetFromJsonAsync<CaseFileDetailResponse>($"/tttt/api/case-files/{theirs.Id}"))!;
        Assert.Equal(("Open", shared), (other.File.Status, other.Documents.Single().DocumentId!.Value));
    }
}
