namespace EdocMan.Search.Api.Auth;

/// <summary>The rules a new password must meet, with the reason in Vietnamese when it does not.</summary>
internal static class PasswordPolicy
{
    public const int MinLength = 8;

    public static string? Check(string? password, string? previous, string username)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinLength)
        {
            return $"Mật khẩu mới phải có ít nhất {MinLength} ký tự.";
        }
        if (password.Length > 128)
        {
            return "Mật khẩu mới quá dài (tối đa 128 ký tự).";
        }
        if (password == previous)
        {
            return "Mật khẩu mới phải khác mật khẩu hiện tại.";
        }
        if (password.Contains(username, StringComparison.OrdinalIgnoreCase))
        {
            return "Mật khẩu mới không được chứa tên đăng nhập.";
        }
        if (!password.Any(char.IsLetter) || !password.Any(char.IsDigit))
        {
            return "Mật khẩu mới phải có cả chữ và số.";
        }
        return null;
    }
}
