namespace EdocMan.Search.Core.Reports;

/// <summary>
/// The figures of a usage report (báo cáo tình hình sử dụng, seed regulation Art. 9.5) for one agency, or
/// summed for the province, over one <see cref="ReportPeriod"/>.
/// </summary>
/// <param name="IncomingRegistered">Văn bản đến vào sổ in the period (by register day).</param>
/// <param name="OutgoingRegistered">Văn bản đi vào sổ.</param>
/// <param name="InternalRegistered">Văn bản nội bộ vào sổ.</param>
/// <param name="ElectronicArrivals">Incoming documents that arrived electronically.</param>
/// <param name="PaperArrivals">Incoming documents that arrived on paper and were scanned.</param>
/// <param name="HandledOnTime">Lead assignments finished in the period by their deadline (or without one).</param>
/// <param name="HandledLate">Lead assignments finished in the period after their deadline.</param>
/// <param name="HandlingPending">Lead assignments still open at the end of the period.</param>
/// <param name="OcrPages">Pages recognised by OCR, of documents uploaded in the period.</param>
/// <param name="Searches">Searches run in the period.</param>
/// <param name="ActiveAccounts">Accounts that logged in at least once in the period.</param>
public sealed record UsageFigures(
    int IncomingRegistered,
    int OutgoingRegistered,
    int InternalRegistered,
    int ElectronicArrivals,
    int PaperArrivals,
    int HandledOnTime,
    int HandledLate,
    int HandlingPending,
    int OcrPages,
    int Searches,
    int ActiveAccounts)
{
    public static readonly UsageFigures Zero = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Adds two agencies' figures. Active accounts add up because every account belongs to one agency.</summary>
    public static UsageFigures operator +(UsageFigures a, UsageFigures b) => new(
        a.IncomingRegistered + b.IncomingRegistered, a.OutgoingRegistered + b.OutgoingRegistered,
        a.InternalRegistered + b.InternalRegistered, a.ElectronicArrivals + b.ElectronicArrivals,
        a.PaperArrivals + b.PaperArrivals, a.HandledOnTime + b.HandledOnTime, a.HandledLate + b.HandledLate,
        a.HandlingPending + b.HandlingPending, a.OcrPages + b.OcrPages, a.Searches + b.Searches,
        a.ActiveAccounts + b.ActiveAccounts);
}

/// <summary>One line of the report: its key (JSON and CSV column), its Vietnamese heading and its value.</summary>
public sealed record UsageIndicator(string Key, string Label, string ShortLabel, Func<UsageFigures, int> Value);

/// <summary>The report's lines, in the order every format prints them (page, PDF, CSV).</summary>
public static class UsageIndicators
{
    public static readonly IReadOnlyList<UsageIndicator> All =
    [
        new("incomingRegistered", "Văn bản đến đã vào sổ", "VB đến", f => f.IncomingRegistered),
        new("outgoingRegistered", "Văn bản đi đã vào sổ", "VB đi", f => f.OutgoingRegistered),
        new("internalRegistered", "Văn bản nội bộ đã vào sổ", "VB nội bộ", f => f.InternalRegistered),
        new("electronicArrivals", "Văn bản đến nhận bản điện tử", "Đến bản điện tử", f => f.ElectronicArrivals),
        new("paperArrivals", "Văn bản đến nhận bản giấy (số hóa)", "Đến bản giấy", f => f.PaperArrivals),
        new("handledOnTime", "Văn bản đến giải quyết đúng hạn", "Đúng hạn", f => f.HandledOnTime),
        new("handledLate", "Văn bản đến giải quyết trễ hạn", "Trễ hạn", f => f.HandledLate),
        new("handlingPending", "Văn bản đến đang giải quyết (cuối kỳ)", "Đang giải quyết", f => f.HandlingPending),
        new("ocrPages", "Trang nhận dạng chữ (OCR)", "Trang OCR", f => f.OcrPages),
        new("searches", "Lượt tìm kiếm", "Lượt tìm kiếm", f => f.Searches),
        new("activeAccounts", "Tài khoản có đăng nhập", "Tài khoản đăng nhập", f => f.ActiveAccounts),
    ];
}

/// <summary>How a lead assignment counts in a period's handling figures.</summary>
public enum HandlingOutcome
{
    /// <summary>Outside the period's figures: finished before it, or assigned after it.</summary>
    NotCounted = 0,
    OnTime = 1,
    Late = 2,
    Pending = 3,
}

/// <summary>Classifies a lead assignment (chủ trì) for a period; pure, so the year boundary can be tested.</summary>
public static class HandlingClassifier
{
    /// <param name="assignedAt">When the leader assigned it.</param>
    /// <param name="completedAt">When the handler reported it done, if done.</param>
    /// <param name="deadline">Hạn xử lý, a Vietnam day; done any time that day is on time.</param>
    public static HandlingOutcome Classify(ReportPeriod period, DateTimeOffset assignedAt, DateTimeOffset? completedAt, DateOnly? deadline)
    {
        if (assignedAt >= period.End)
        {
            return HandlingOutcome.NotCounted;
        }
        if (completedAt is not { } done || done >= period.End)
        {
            // Still open when the period ended: pending in that period's report, even if finished since.
            return HandlingOutcome.Pending;
        }
        if (done < period.Start)
        {
            return HandlingOutcome.NotCounted;
        }
        return deadline is { } due && ReportPeriod.VietnamDay(done) > due ? HandlingOutcome.Late : HandlingOutcome.OnTime;
    }
}
