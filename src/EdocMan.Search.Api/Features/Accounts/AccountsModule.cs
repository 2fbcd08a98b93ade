using Carter;

namespace EdocMan.Search.Api.Features.Accounts;

/// <summary>Accounts and roles: agency admins inside their agency, the system admin everywhere.</summary>
public sealed class AccountsModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/accounts").WithTags("Tài khoản").RequireAuthorization().DisableAntiforgery();
        group.MapGet("/", AccountHandlers.ListAsync).WithName("ListAccounts").WithSummary("Tài khoản của đơn vị (hoặc mọi đơn vị).");
        group.MapPost("/", AccountHandlers.CreateAsync).WithName("CreateAccount")
            .WithSummary("Tạo tài khoản; tên đăng nhập theo quy chế, mật khẩu cấp một lần và phải đổi khi đăng nhập.");
        group.MapPut("/{username}/roles", AccountHandlers.SetRolesAsync).WithName("SetAccountRoles").WithSummary("Phân vai trò.");
        group.MapPost("/{username}/disable", AccountHandlers.DisableAsync).WithName("DisableAccount").WithSummary("Khóa tài khoản.");
        group.MapPost("/{username}/enable", AccountHandlers.EnableAsync).WithName("EnableAccount").WithSummary("Mở khóa tài khoản.");
        group.MapPost("/{username}/reset-password", AccountHandlers.ResetPasswordAsync).WithName("ResetPassword")
            .WithSummary("Cấp lại mật khẩu; phải đổi khi đăng nhập.");

        var tokens = app.MapGroup("/api/auth/tokens").WithTags("Mã truy cập cho phần mềm").RequireAuthorization().DisableAntiforgery();
        tokens.MapGet("/", ApiTokenHandlers.ListAsync).WithName("ListApiTokens").WithSummary("Các mã truy cập của tôi.");
        tokens.MapPost("/", ApiTokenHandlers.CreateAsync).WithName("CreateApiToken")
            .WithSummary("Tạo mã truy cập (gửi trong tiêu đề Authorization: Bearer …); mã chỉ hiện một lần.");
        tokens.MapDelete("/{id:long}", ApiTokenHandlers.RevokeAsync).WithName("RevokeApiToken").WithSummary("Thu hồi mã truy cập.");
    }
}
