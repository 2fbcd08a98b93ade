using EdocMan.Search.Core.Documents;
using EdocMan.Search.Core.Handling;
using EdocMan.Search.Core.Registers;
using EdocMan.Search.Core.Search;
using Microsoft.EntityFrameworkCore;
using static EdocMan.Search.Api.Tests.Features.Reports.ReportsTestClient;

namespace EdocMan.Search.Api.Tests.Features.Reports;

/// <summary>
/// What happens around the new year 2026 in two agencies, created once for the report tests: registrations
/// through the real API at 23:00 on 31/12 and 00:30 on 1/1 (Vietnam time), logins at those times, and
/// handling assignments and searches written directly (their APIs are built elsewhere).
/// </summary>
/// <remarks>
/// Shared by the report test classes; their tests sign in only as anhdd and khanhdv of tttt at real time, so
/// the year 2026's active accounts stay known (chiennv and anhdd on 1/1, khanhdv today).
/// </remarks>
public sealed class NewYearScenario : IAsyncLifetime
{
    public const string Collection = "Usage reports around the new year";

    public ReportsApiFactory Host { get; } = new();

    public Guid Emailed { get; private set; }
    public Guid Scanned { get; private set; }
    public Guid TypedFromPaper { get; private set; }
    public DateOnly EmailedRegisteredOn { get; private set; }
    public int JanuaryIncomingNumber { get; private set; }

    /// <summary>A time in Sơn La.</summary>
    public static DateTimeOffset Vn(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(7));

    public async Task InitializeAsync()
    {
        // 31/12/2025, 23:00 in Sơn La (16:00 UTC). The clerks log in and register.
        Host.Clock.MoveTo(Vn(2025, 12, 31, 23, 0));
        var clerk = await Host.SignedInClientAsync("chiennv");
        Emailed = await clerk.UploadTextAsync("tttt", "Công văn về việc báo cáo tình hình sử dụng phần mềm quản lý văn bản.");
        Scanned = await clerk.UploadScanAsync("tttt", "Giấy mời họp tổng kết công tác năm của Sở Thông tin và Truyền thông.");
        var issued = await clerk.UploadTextAsync("tttt", "Kế hoạch triển khai chữ ký số năm 2026.");
        var emailed = await clerk.RegisterAsync("tttt", "den", Incoming(Emailed, "101/UBND-KT"));
        await clerk.RegisterAsync("tttt", "den", Incoming(Scanned, "102/UBND-KT"));
        await clerk.RegisterAsync("tttt", "di", Request(issued, "KH", "Triển khai chữ ký số"));
        EmailedRegisteredOn = emailed.Entry.RegisteredOn;

        var maisonClerk = await Host.SignedInClientAsync("thanglv");
        var report = await maisonClerk.UploadTextAsync("maison", "Báo cáo kết quả thực hiện nhiệm vụ năm 2025.");
        await maisonClerk.RegisterAsync("maison", "di", Request(report, "BC", "Kết quả thực hiện nhiệm vụ năm 2025"));

        // 1/1/2026, 00:30 in Sơn La — still 31/12 in UTC (17:30). A new year's register.
        Host.Clock.MoveTo(Vn(2026, 1, 1, 0, 30));
        var clerkAgain = await Host.SignedInClientAsync("chiennv");
        TypedFromPaper = await clerkAgain.UploadTextAsync("tttt", "Thông báo lịch nghỉ Tết, nhận bản giấy qua bưu điện.");
        var paper = await clerkAgain.RegisterAsync("tttt", "den", Incoming(TypedFromPaper, "1/TB-UBND") with { Arrival = ArrivalChannel.Paper });
        JanuaryIncomingNumber = paper.Entry.Number;
        var memo = await clerkAgain.UploadTextAsync("tttt", "Thông báo nội bộ lịch trực Tết Nguyên đán.");
        await clerkAgain.RegisterAsync("tttt", "noibo", Request(memo, "TB", "Lịch trực Tết"));
        await Host.SignedInClientAsync("anhdd");

        Host.Clock.BackToRealTime();
        await WriteHandlingAndSearchesAsync();
    }

    private async Task WriteHandlingAndSearchesAsync()
    {
        var tttt = await Host.AgencyIdAsync("tttt");
        var maison = await Host.AgencyIdAsync("maison");
        var leader = await Host.AccountIdAsync("anhdd");
        var handler = await Host.AccountIdAsync("nhungtth");
        var chiennv = await Host.AccountIdAsync("chiennv");
        var thanglv = await Host.AccountIdAsync("thanglv");
        var maisonDocument = await Host.WithDbAsync(db => db.Documents.Where(d => d.AgencyId == maison).Select(d => d.Id).FirstAsync());
        HandlingAssignment Lead(int agency, Guid document, DateTimeOffset assigned, DateTimeOffset? done, DateOnly? deadline) => new()
        {
            AgencyId = agency, DocumentId = document, Role = HandlingRole.Lead, AccountId = handler, AssignedBy = leader,
            AssignedAt = assigned, CompletedAt = done, Deadline = deadline,
            Status = done is null ? AssignmentStatus.InProgress : AssignmentStatus.Done,
        };
        await Host.WithDbAsync(async db =>
        {
            var onTime = Lead(tttt, Emailed, Vn(2025, 12, 1, 9), Vn(2025, 12, 10, 23), new DateOnly(2025, 12, 10));
            var coHandler = Lead(tttt, Emailed, Vn(2025, 12, 1, 9), Vn(2025, 12, 30, 9), new DateOnly(2025, 12, 5));
            coHandler.Role = HandlingRole.CoHandler;
            var withdrawn = Lead(tttt, Scanned, Vn(2025, 12, 1, 9), null, new DateOnly(2025, 12, 5));
            withdrawn.Status = AssignmentStatus.Withdrawn;
            db.HandlingAssignments.AddRange(
                onTime,
                // Finished at 23:30 on 31/12, eleven days late: late in December, Q4 and 2025, not in January.
                Lead(tttt, Scanned, Vn(2025, 12, 1, 9), Vn(2025, 12, 31, 23, 30), new DateOnly(2025, 12, 20)),
                // Still open: pending at the end of December and of January.
                Lead(tttt, Emailed, Vn(2025, 12, 15, 9), null, new DateOnly(2026, 1, 10)),
                // Finished at 00:30 on 1/1, due 31/12: pending at the end of December, late in January.
                Lead(tttt, Scanned, Vn(2025, 12, 20, 9), Vn(2026, 1, 1, 0, 30), new DateOnly(2025, 12, 31)),
                // October: in Q4 and 2025, not in December.
                Lead(tttt, Emailed, Vn(2025, 10, 5, 9), Vn(2025, 10, 6, 9), new DateOnly(2025, 10, 10)),
                Lead(maison, maisonDocument, Vn(2025, 12, 2, 9), Vn(2025, 12, 3, 9), new DateOnly(2025, 12, 5)),
                coHandler,
                withdrawn);
            await db.SaveChangesAsync();
            // A unit head's re-assignment of the on-time lead, done late: its parent already counts for the document.
            var child = Lead(tttt, Emailed, Vn(2025, 12, 2, 9), Vn(2025, 12, 30, 9), new DateOnly(2025, 12, 5));
            child.ParentId = onTime.Id;
            db.HandlingAssignments.Add(child);

            SearchHistoryEntry Search(int agency, int account, DateTimeOffset at) =>
                new() { AgencyId = agency, AccountId = account, At = at, Query = "chữ ký số", QueryString = "q=chữ+ký+số", ResultCount = 1 };
            db.SearchHistory.AddRange(
                Search(tttt, chiennv, Vn(2025, 12, 5, 10)),
                Search(tttt, chiennv, Vn(2025, 12, 31, 23, 59)),
                Search(tttt, chiennv, Vn(2026, 1, 1, 0, 0)),
                Search(maison, thanglv, Vn(2025, 12, 31, 8)));
            return await db.SaveChangesAsync();
        });
    }

    public Task<List<(Guid Document, ArrivalChannel Arrival)>> ArrivalsAsync() => Host.WithDbAsync(async db =>
        (await db.RegisterEntries.Where(e => e.Kind == RegisterKind.Incoming).Select(e => new { e.DocumentId, e.Arrival }).ToListAsync())
        .Select(e => (e.DocumentId, e.Arrival)).ToList());

    public Task<int> OcrPagesAsync(Guid document) =>
        Host.WithDbAsync(db => db.DocumentPages.CountAsync(p => p.DocumentId == document && p.Source == TextSource.Ocr));

    public Task DisposeAsync()
    {
        Host.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(NewYearScenario.Collection)]
public sealed class NewYearScenarioCollection : ICollectionFixture<NewYearScenario>;
