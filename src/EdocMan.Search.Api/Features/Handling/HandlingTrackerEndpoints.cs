using System.Globalization;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Errors;
using EdocMan.Search.Core.Handling;
using EdocMan.Search.Data;
using EdocMan.Search.Printing.Tables;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EdocMan.Search.Api.Features.Handling;

/// <summary>
/// <c>GET /{agency}/api/handling/tracker</c> and <c>…/tracker/pdf</c>: the sổ theo dõi giải quyết văn bản đến
/// for văn thư, lãnh đạo and quản trị đơn vị, filtered by bucket (<c>qua-han</c>, <c>sap-den-han</c>,
/// <c>trong-han</c>, <c>tre-han</c>, <c>dung-han</c>) and year, with the count of every bucket.
/// </summary>
internal static class HandlingTrackerEndpoints
{
    public static async Task<Results<Ok<TrackerResponse>, ProblemHttpResult>> ListAsync(
        string? bucket, int? year, HttpContext http, EdocManDbContext db, TimeProvider time, IConfiguration configuration, CancellationToken ct)
    {
        if (Check(http, bucket, year) is { } problem)
        {
            return problem;
        }
        var settings = TrackerSettings.From(configuration);
        var today = HandlingAccess.Today(time);
        var wanted = TrackerBuckets.Parse(bucket);
        var (items, counts) = await HandlingTrackerQuery.LoadAsync(db, http.Agency().Id, year, wanted, today, settings, ct);
        return TypedResults.Ok(new TrackerResponse(today, settings.DueSoonWorkingDays, wanted?.ToString(), counts, items));
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PrintAsync(
        string? bucket, int? year, HttpContext http, EdocManDbContext db, TimeProvider time, IConfiguration configuration, CancellationToken ct)
    {
        if (Check(http, bucket, year) is { } problem)
        {
            return problem;
        }
        var agency = http.Agency();
        var today = HandlingAccess.Today(time);
        var wanted = TrackerBuckets.Parse(bucket);
        var (items, counts) = await HandlingTrackerQuery.LoadAsync(db, agency.Id, year, wanted, today, TrackerSettings.From(configuration), ct);
        var subtitles = new List<string>
        {
            agency.Name,
            $"Ngày in {Date(today)}" + (year is { } y ? $" · năm {y}" : string.Empty)
                + (wanted is { } w ? $" · {TrackerBuckets.Label(w).ToLower(CultureInfo.GetCultureInfo("vi-VN"))}" : string.Empty),
            string.Join(" · ", counts.Select(c => $"{c.Label}: {c.Count}")),
        };
        TableColumn[] columns =
        [
            new("Số đến", 5), new("Ngày đến", 8), new("Số, ký hiệu", 12), new("Tác giả", 12), new("Trích yếu nội dung", 22),
            new("Độ khẩn", 7), new("Đơn vị (người) chủ trì", 12), new("Hạn xử lý", 8), new("Trạng thái", 8), new("Ngày hoàn thành", 8),
            new("Theo dõi", 10),
        ];
        var rows = items.Select(i => (IReadOnlyList<string>)
        [
            i.IncomingNumber.ToString("00", CultureInfo.InvariantCulture), Date(i.ReceivedOn), i.NumberSymbol ?? "", i.Issuer ?? "", i.Summary,
            i.Urgency == nameof(Core.Registers.Urgency.Normal) ? "" : i.UrgencyLabel, i.Lead ?? "", Date(i.Deadline), i.StatusLabel,
            Date(i.CompletedOn), i.BucketLabel,
        ]).ToList();
        var table = new TableDocument("SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN", subtitles, columns, rows,
            [$"Tổng số: {items.Count} văn bản", "NGƯỜI LẬP", "(Ký, ghi rõ họ tên)"]);
        var pdf = new TablePdfRenderer(time).Render(table);
        return TypedResults.File(pdf, "application/pdf", $"theo-doi-xu-ly-{agency.Code}-{today:yyyy-MM-dd}.pdf");
    }

    private static ProblemHttpResult? Check(HttpContext http, string? bucket, int? year)
    {
        if (!HandlingAccess.CanTrack(http))
        {
            return Problems.Of(403, "Chỉ văn thư, lãnh đạo hoặc quản trị của cơ quan mới được xem sổ theo dõi giải quyết văn bản đến.");
        }
        if (!string.IsNullOrWhiteSpace(bucket) && TrackerBuckets.Parse(bucket) is null)
        {
            return Problems.Of(400, "Nhóm theo dõi không hợp lệ; chọn qua-han, sap-den-han, trong-han, tre-han hoặc dung-han.");
        }
        return year is < 1945 or > 9999 ? Problems.Of(400, "Năm không hợp lệ.") : null;
    }

    private static string Date(DateOnly? d) => d?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";
}
