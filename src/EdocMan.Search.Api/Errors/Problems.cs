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
