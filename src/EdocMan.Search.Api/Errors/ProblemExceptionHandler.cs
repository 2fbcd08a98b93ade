using Microsoft.AspNetCore.Diagnostics;

namespace EdocMan.Search.Api.Errors;

/// <summary>
/// Turns exceptions that escape a handler into ProblemDetails, so a client never sees a stack
/// trace or an empty 500: request-body errors become 4xx, anything else a 500 with a plain message.
/// </summary>
internal sealed partial class ProblemExceptionHandler(
    IProblemDetailsService problemDetails, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var (status, detail) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                (413, "Tệp tải lên vượt quá dung lượng cho phép."),
            BadHttpRequestException bad => (bad.StatusCode, "Yêu cầu không hợp lệ hoặc bị gián đoạn khi tải lên."),
            InvalidDataException => (400, "Dữ liệu biểu mẫu (multipart) không hợp lệ."),
            OperationCanceledException when context.RequestAborted.IsCancellationRequested =>
                (499, "Yêu cầu đã bị hủy."),
            _ => (500, "Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau hoặc báo quản trị viên."),
        };
        if (status >= 500)
        {
            LogUnhandled(logger, exception, context.Request.Method, context.Request.Path);
        }
        context.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = Problems.Create(status, detail),
            Exception = exception,
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
