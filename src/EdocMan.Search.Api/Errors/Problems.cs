using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EdocMan.Search.Api.Errors;

/// <summary>
/// ProblemDetails with a Vietnamese title and a detail a clerk can act on. Every error the API
/// returns is built here so that the wording and shape stay uniform.
/// </summary>
internal static class Problems
{
    public static ProblemHttpResult Of(int status, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(Create(status, detail, extensions));

    public static ProblemDetails Create(int status, string detail, IDictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails { Status = status, Title = TitleFor(status), Detail = detail };
        if (extensions is not null)
        {
            foreach (var (key, value) in extensions)
            {
                problem.Extensions[key] = value;
            }
        }
        return problem;
    }

    /// <summary>
    /// Gives the problems ASP.NET writes itself (a query parameter that does not bind, such as <c>page=abc</c>;
    /// an unknown route; a wrong method) a Vietnamese title and detail. Ours always carry a detail and are left alone.
    /// </summary>
    public static void FillInFrameworkProblem(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Detail is not null)
        {
            return;
        }
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        problem.Title = TitleFor(status);
        problem.Detail = status switch
        {
            StatusCodes.Status400BadRequest =>
                "Tham số của yêu cầu không hợp lệ (ví dụ số trang phải là số nguyên, mã phải đúng định dạng); hãy kiểm tra lại.",
            StatusCodes.Status404NotFound => "Không tìm thấy địa chỉ được yêu cầu.",
            StatusCodes.Status405MethodNotAllowed => "Địa chỉ này không hỗ trợ phương thức yêu cầu.",
            StatusCodes.Status415UnsupportedMediaType => "Kiểu dữ liệu gửi lên không được hỗ trợ.",
            _ when status >= 500 => "Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau hoặc báo quản trị viên.",
            _ => "Yêu cầu không thực hiện được.",
        };
    }

    public static string TitleFor(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Yêu cầu không hợp lệ",
        StatusCodes.Status401Unauthorized => "Chưa đăng nhập",
        StatusCodes.Status403Forbidden => "Không có quyền truy cập",
        StatusCodes.Status404NotFound => "Không tìm thấy",
        StatusCodes.Status409Conflict => "Trùng lặp",
        StatusCodes.Status413PayloadTooLarge => "Tệp quá lớn",
        StatusCodes.Status415UnsupportedMediaType => "Định dạng tệp không được hỗ trợ",
        StatusCodes.Status422UnprocessableEntity => "Không đọc được tệp",
        StatusCodes.Status423Locked => "Tài khoản bị khóa tạm thời",
        StatusCodes.Status429TooManyRequests => "Quá nhiều yêu cầu",
        _ when status >= 500 => "Lỗi hệ thống",
        _ => "Lỗi",
    };
}
