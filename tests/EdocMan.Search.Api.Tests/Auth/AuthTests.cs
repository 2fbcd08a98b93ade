using System.Net;
using System.Net.Http.Json;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Api.Tests.Features.Documents;

namespace EdocMan.Search.Api.Tests.Auth;

public sealed class AuthTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Without_signing_in_the_api_answers_401_problem_not_a_redirect()
    {
        var response = await factory.CreateClient().GetAsync("/tttt/api/search?q=abc");
        await UploadErrorsTests.AssertProblemAsync(response, HttpStatusCode.Unauthorized, "đăng nhập");
    }

    [Fact]
    public async Task An_issued_password_must_be_changed_before_anything_else()
    {
        var client = factory.CreateClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { username = "mailt", password = ApiFactory.DemoPassword });
        var me = await login.Content.ReadFromJsonAsync<MeResponse>();
        Assert.True(me!.MustChangePassword);
        Assert.Equal("tttt", me.Agency);

        var blocked = await client.GetAsync("/tttt/api/search?q=abc");
        await UploadErrorsTests.AssertProblemAsync(blocked, HttpStatusCode.Forbidden, "đổi mật khẩu");

        var weak = await client.PostAsJsonAsync("/api/auth/change-password", new { currentPassword = ApiFactory.DemoPassword, newPassword = "short" });
        await UploadErrorsTests.AssertProblemAsync(weak, HttpStatusCode.BadRequest, "ít nhất 8 ký tự");
        var same = await client.PostAsJsonAsync("/api/auth/change-password", new { currentPassword = ApiFactory.DemoPassword, newPassword = ApiFactory.DemoPassword });
        await UploadErrorsTests.AssertProblemAsync(same, HttpStatusCode.BadRequest, "khác mật khẩu hiện tại");

        var changed = await client.PostAsJsonAsync("/api/auth/change-password", new { currentPassword = ApiFactory.DemoPassword, newPassword = ApiFactory.NewPassword });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/tttt/api/search?q=abc")).StatusCode);

        var again = factory.CreateClient();
        var oldPassword = await again.PostAsJsonAsync("/api/auth/login", new { username = "mailt", password = ApiFactory.DemoPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, oldPassword.StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.PostAsJsonAsync("/api/auth/login", new { username = "hoadt", password = "sai-mat-khau" + i });
            await UploadErrorsTests.AssertProblemAsync(wrong, HttpStatusCode.Unauthorized, "không đúng");
        }
        var locked = await client.PostAsJsonAsync("/api/auth/login", new { username = "hoadt", password = ApiFactory.DemoPassword });
        await UploadErrorsTests.AssertProblemAsync(locked, (HttpStatusCode)423, "khóa tạm thời");
    }

    [Fact]
    public async Task Unknown_user_and_wrong_password_get_the_same_answer()
    {
        var client = factory.CreateClient();
        var unknown = await client.PostAsJsonAsync("/api/auth/login", new { username = "khongtontai", password = "x" });
        var wrong = await client.PostAsJsonAsync("/api/auth/login", new { username = "tuanvm", password = "x" });
        var a = await UploadErrorsTests.AssertProblemAsync(unknown, HttpStatusCode.Unauthorized, "không đúng");
        var b = await UploadErrorsTests.AssertProblemAsync(wrong, HttpStatusCode.Unauthorized, "không đúng");
        Assert.Equal(a.Detail, b.Detail);
    }
}
