using Carter;

namespace EdocMan.Search.Api.Auth;

/// <summary>Sign-in, sign-out, the forced password change, and "who am I".</summary>
public sealed class AuthModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Đăng nhập");
        group.MapPost("/login", AuthHandlers.LoginAsync).WithName("Login").AllowAnonymous();
        group.MapPost("/logout", AuthHandlers.LogoutAsync).WithName("Logout");
        group.MapPost("/change-password", AuthHandlers.ChangePasswordAsync).WithName("ChangePassword").RequireAuthorization();
        group.MapGet("/me", AuthHandlers.MeAsync).WithName("Me").RequireAuthorization();
    }
}
