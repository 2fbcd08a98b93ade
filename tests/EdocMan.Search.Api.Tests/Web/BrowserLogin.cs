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

    /// <summary>Submits the login form and waits for the page it leads to (the login page again when refused).</summary>
    /// <remarks>
    /// Waiting for the load state alone could return before the browser left the login page: LoginAsync then read the
    /// old address, took the first sign-in for a refused one and filled the login form again while the password page
    /// loaded, and stalled until the test's timeout (about one run in six).
    /// </remarks>
    public static async Task SubmitLoginAsync(IPage page, string username, string password)
    {
        await page.GetByLabel("Tên đăng nhập").FillAsync(username);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(password);
        var navigated = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnNavigated(object? sender, IFrame frame)
        {
            if (frame == page.MainFrame)
            {
                navigated.TrySetResult();
            }
        }
        page.FrameNavigated += OnNavigated;
        try
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
            await navigated.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            page.FrameNavigated -= OnNavigated;
        }
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    [GeneratedRegex("/[a-z]+$")]
    private static partial Regex AgencyHome();
}
