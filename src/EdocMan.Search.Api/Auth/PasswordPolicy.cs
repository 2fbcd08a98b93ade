namespace EdocMan.Search.Api.Auth;

/// <summary>The rules a new password must meet, with the reason in Vietnamese when it does not.</summary>
internal static class PasswordPolicy
{
    public const int MinLength = 8;

    /// <summary>
    /// An issued password (new account, reset): twelve characters from an alphabet without look-alikes
    /// (0/O, 1/l), with letters and digits. It must be changed at the first login.
    /// </summary>
    public static string Issue()
    {
        const string letters = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ";
        const string digits = "23456789";
        return string.Concat(
            System.Security.Cryptography.RandomNumberGenerator.GetString(letters, 8),
            System.Security.Cryptography.RandomNumberGenerator.GetString(digits, 4));
    }

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
