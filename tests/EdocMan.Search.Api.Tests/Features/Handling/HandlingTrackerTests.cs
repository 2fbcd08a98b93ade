using System.Net;
using System.Net.Http.Json;
using EdocMan.Search.Api.Features.Handling;
using EdocMan.Search.Core.Registers;
using UglyToad.PdfPig;
using static EdocMan.Search.Api.Tests.Features.Handling.HandlingTestKit;

namespace EdocMan.Search.Api.Tests.Features.Handling;

/// <summary>
/// Deadlines across the year boundary with the clock set to Tuesday 30/12/2025 (Vietnam), then moved to
/// 06/01/2026: 01/01 is a public holiday and 03–04/01 a weekend, so 05/01 is 3 working days away.
/// A host of its own, so the tracker's counts are exactly the documents created here.
/// </summary>
public sealed class HandlingTrackerTests : IDisposable
{
    private readonly ClockedApiFactory _factory = new();

    [Fact]
    public async Task Due_soon_overdue_and_done_late_across_the_new_year_with_urgent_documents_first()
    {
        _factory.Clock.MoveTo(VietnamMorning(2025, 12, 30));
        var clerk = await _factory.SignedInClientAsync("chiennv");
        var leader = await _factory.SignedInClientAsync("anhdd");
        var flash = await RegisterIncomingAsync(clerk, "tttt", "Công điện hỏa tốc về phòng chống rét đậm.", Urgency.Flash);
        var normal = await RegisterIncomingAsync(clerk, "tttt", "Công văn xin ý kiến quy hoạch hạ tầng viễn thông.");
        var urgent = await RegisterIncomingAsync(clerk, "tttt", "Công văn khẩn về cấp phép tần số.", Urgency.Urgent);
        var waiting = await RegisterIncomingAsync(clerk, "tttt", "Thư mời dự hội thảo chuyển đổi số.");

        await AssertProblemAsync(await AssignAsync(leader, "tttt", flash, Lead(user: "quangpv", deadline: new DateOnly(2025, 12, 29))),
            HttpStatusCode.BadRequest, "29/12/2025 đã qua");
        var flashSlip = await OkSlipAsync(await AssignAsync(leader, "tttt", flash, Lead(user: "quangpv", deadline: new DateOnly(2026, 1, 5))));
        var normalSlip = await OkSlipAsync(await AssignAsync(leader, "tttt", normal, Lead(user: "quangpv", deadline: new DateOnly(2026, 1, 9))));
        var urgentSlip = await OkSlipAsync(await AssignAsync(leader, "tttt", urgent, Lead(unit: "BCVT", deadline: new DateOnly(2025, 12, 31))));

        var before = await TrackerAsync(leader);
        Assert.Equal(new DateOnly(2025, 12, 30), before.Today);
        Assert.Equal(Counts(dueSoon: 2, pending: 2), CountsOf(before));
        Assert.Equal([flash, urgent, normal, waiting], before.Items.Select(i => i.DocumentId));
        Assert.Equal(["Received"], before.Items.Where(i => i.DocumentId == waiting).Select(i => i.Status));
        var dueSoon = await TrackerAsync(leader, "sap-den-han");
        Assert.Equal([flash, urgent], dueSoon.Items.Select(i => i.DocumentId));

        // Done on the day it was assigned: on time.
        var member = await _factory.SignedInClientAsync("quangpv");
        await OkSlipAsync(await member.PostAsJsonAsync($"/tttt/api/handling/assignments/{normalSlip.Assignments[0].Id}/done",
            new DoneRequest("Đã góp ý bằng văn bản.", null)));

        // A week later, in the new year: sessions expire with the clock, so sign in again.
        _factory.Clock.MoveTo(VietnamMorning(2026, 1, 6));
        leader = await _factory.SignedInClientAsync("anhdd");
        member = await _factory.SignedInClientAsync("quangpv");
        var head = await _factory.SignedInClientAsync("nhungtth");
        Assert.Equal(Counts(overdue: 2, pending: 1, onTime: 1), CountsOf(await TrackerAsync(leader)));
        var work = await member.GetFromJsonAsync<MyWorkResponse>("/tttt/api/handling/my-work");
        Assert.Equal([("Overdue", "Quá hạn"), ("DoneOnTime", "Hoàn thành đúng hạn")], work!.Items.Select(i => (i.Bucket, i.BucketLabel)));

        var late = await OkSlipAsync(await head.PostAsJsonAsync($"/tttt/api/handling/assignments/{urgentSlip.Assignments[0].Id}/done",
            new DoneRequest("Đã cấp phép.", null)));
        Assert.Equal("Done", late.Status);

        var after = await TrackerAsync(leader);
        Assert.Equal(Counts(overdue: 1, pending: 1, onTime: 1, late: 1), CountsOf(after));
        var row = after.Items.Single(i => i.DocumentId == urgent);
        Assert.Equal(("DoneLate", new DateOnly(2026, 1, 6), "Phòng Bưu chính, Viễn thông"), (row.Bucket, row.CompletedOn!.Value, row.Lead));
        Assert.Equal([flash], (await TrackerAsync(leader, "qua-han")).Items.Select(i => i.DocumentId));
        Assert.Equal([urgent], (await TrackerAsync(leader, "tre-han")).Items.Select(i => i.DocumentId));

        // The printed tracker: the same rows and counts.
        var pdf = await leader.GetByteArrayAsync("/tttt/api/handling/tracker/pdf");
        using (var document = PdfDocument.Open(pdf))
        {
            var text = string.Join("\n", document.GetPages().Select(p => p.Text));
            Assert.Contains("SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN", text);
            Assert.Contains("Quá hạn: 1", text);
            Assert.Contains("Hỏa tốc", text);
            Assert.Contains("05/01/2026", text);
            Assert.Contains("Tổng số: 4 văn bản", text);
        }

        // The tracker is for those who follow every incoming document.
        await AssertProblemAsync(await member.GetAsync("/tttt/api/handling/tracker"), HttpStatusCode.Forbidden, "sổ theo dõi");
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/tttt/api/handling/tracker/pdf")).StatusCode);
        await AssertProblemAsync(await leader.GetAsync("/tttt/api/handling/tracker?bucket=xyz"), HttpStatusCode.BadRequest, "qua-han");
        Assert.Equal(HttpStatusCode.OK, (await (await _factory.SignedInClientAsync("chiennv")).GetAsync("/tttt/api/handling/tracker")).StatusCode);
        Assert.Empty((await TrackerAsync(await _factory.SignedInClientAsync("thupt"), agency: "gtvt")).Items);
        _ = flashSlip;
    }

    private static async Task<TrackerResponse> TrackerAsync(HttpClient client, string? bucket = null, string agency = "tttt")
    {
        var response = await client.GetAsync($"/{agency}/api/handling/tracker" + (bucket is null ? "" : $"?bucket={bucket}"));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<TrackerResponse>())!;
    }

    private static Dictionary<string, int> CountsOf(TrackerResponse tracker) => tracker.Counts.ToDictionary(c => c.Bucket, c => c.Count);

    private static Dictionary<string, int> Counts(int overdue = 0, int dueSoon = 0, int pending = 0, int late = 0, int onTime = 0) => new()
    {
        ["Overdue"] = overdue, ["DueSoon"] = dueSoon, ["Pending"] = pending, ["DoneLate"] = late, ["DoneOnTime"] = onTime,
    };

    public void Dispose() => _factory.Dispose();
}
