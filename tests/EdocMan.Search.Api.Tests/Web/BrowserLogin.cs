using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace EdocMan.Search.Api.Tests.Web;

/// <summary>Signing in through the login page, as every browser test starts.</summary>
internal static partial class BrowserLogin
{
    /// <summary>Signs in; on the account's first sign-in (issued password) also does the forced change.</summary>
    public static async Task LoginAsync(IPage page, string username)
    {
        await page.GotoAsync("/dang-nhap");
        await SubmitLoginAsync(page, username, ApiFactory.DemoPassword);
        if (page.Url.EndsWith("/doi-mat-khau", StringComparison.Ordinal))
        {
            await page.GetByLabel("Mật khẩu hiện tại").FillAsync(ApiFactory.DemoPassword);
            await page.GetByLabel("Mật khẩu mới", new() { Exact = true }).FillAsync(ApiFactory.NewPassword);
            await page.GetByLabel("Nhập lại mật khẩu mới").FillAsync(ApiFactory.NewPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Đổi mật khẩu" }).ClickAsync();
        }
        else if (page.Url.Contains("/dang-nhap", StringComparison.Ordinal))
        {
            // Changed already by an earlier test on this server.
            await SubmitLoginAsync(page, username, ApiFactory.NewPassword);
        }
        await page.WaitForURLAsync(AgencyHome());
    }

    public static async Task SubmitLoginAsync(IPage page, string username, string password)
    {
        await page.GetByLabel("Tên đăng nhập").FillAsync(username);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    [GeneratedRegex("/[a-z]+$")]
    private static partial Regex AgencyHome();
}
