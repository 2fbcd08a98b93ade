using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EdocMan.Search.Api.Features.Accounts;
using EdocMan.Search.Api.Features.Agencies;

namespace EdocMan.Search.Api.Tests.Features.Accounts;

public sealed class AccountAdministrationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task An_agency_admin_creates_an_account_whose_issued_password_must_be_changed()
    {
        var admin = await factory.SignedInClientAsync("mailt");
        var created = await admin.PostAsJsonAsync("/api/admin/accounts", new CreateAccountRequest("tttt", "Nguyễn Văn Chiến", ["chuyenvien"]));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var issued = (await created.Content.ReadFromJsonAsync<IssuedAccountResponse>())!;
        Assert.Equal("chiennv2", issued.Account.Username);
        Assert.True(issued.Account.MustChangePassword);

        var newcomer = factory.CreateClient();
        (await newcomer.PostAsJsonAsync("/api/auth/login", new { username = "chiennv2", password = issued.IssuedPassword })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Forbidden, (await newcomer.GetAsync("/tttt/api/search?q=a")).StatusCode);
    }

    [Fact]
    public async Task An_agency_admin_acts_only_inside_their_agency_and_never_on_the_system_admin()
    {
        var admin = await factory.SignedInClientAsync("mailt");

        Assert.Equal(HttpStatusCode.Forbidden,
            (await admin.PostAsJsonAsync("/api/admin/accounts", new CreateAccountRequest("gtvt", "Lê Văn Nam", ["chuyenvien"]))).StatusCode);
        var escalate = await admin.PostAsJsonAsync("/api/admin/accounts", new CreateAccountRequest("tttt", "Lê Văn Nam", ["quantrihethong"]));
        Assert.Equal(HttpStatusCode.BadRequest, escalate.StatusCode);
        Assert.Contains("quản trị hệ thống", Errors(await escalate.Content.ReadAsStringAsync(), "roles"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/admin/accounts/binhhv/reset-password", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/admin/accounts/khanhdv/disable", null)).StatusCode);
        var listed = await admin.GetFromJsonAsync<List<AccountResponse>>("/api/admin/accounts");
        Assert.All(listed!, a => Assert.Equal("tttt", a.Agency));

        var specialist = await factory.SignedInClientAsync("nhungtth");
        Assert.Equal(HttpStatusCode.Forbidden, (await specialist.GetAsync("/api/admin/accounts")).StatusCode);
    }

    [Theory]
    [InlineData("roles")]
    [InlineData("reset-password")]
    [InlineData("disable")]
    [InlineData("enable")]
    public async Task Changing_an_account_needs_a_signed_in_admin_even_for_ones_own(string action)
    {
        var anonymous = factory.CreateClient();
        var specialist = await factory.SignedInClientAsync("nhungtth");

        Assert.Equal(HttpStatusCode.Unauthorized, (await ChangeAsync(anonymous, "nhungtth", action)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ChangeAsync(specialist, "nhungtth", action)).StatusCode);
        // Refused before the account is looked up: a missing one is not told apart.
        Assert.Equal(HttpStatusCode.Forbidden, (await ChangeAsync(specialist, "khongco", action)).StatusCode);
    }

    private static Task<HttpResponseMessage> ChangeAsync(HttpClient client, string username, string action) => action == "roles"
        ? client.PutAsJsonAsync($"/api/admin/accounts/{username}/roles", new SetRolesRequest(["quantridonvi"]))
        : client.PostAsync($"/api/admin/accounts/{username}/{action}", null);

    [Fact]
    public async Task Disabling_ends_the_session_and_role_changes_apply_at_once()
    {
        var admin = await factory.SignedInClientAsync("mailt");
        var issued = (await (await admin.PostAsJsonAsync("/api/admin/accounts",
            new CreateAccountRequest("tttt", "Phan Thị Thảo", ["chuyenvien"]))).Content.ReadFromJsonAsync<IssuedAccountResponse>())!;
        var user = factory.CreateClient();
        (await user.PostAsJsonAsync("/api/auth/login", new { username = issued.Account.Username, password = issued.IssuedPassword })).EnsureSuccessStatusCode();
        (await user.PostAsJsonAsync("/api/auth/change-password", new { currentPassword = issued.IssuedPassword, newPassword = "Thao2025moi" })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/api/admin/accounts")).StatusCode);

        (await admin.PutAsJsonAsync($"/api/admin/accounts/{issued.Account.Username}/roles", new SetRolesRequest(["quantridonvi"]))).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/admin/accounts")).StatusCode);

        (await admin.PostAsync($"/api/admin/accounts/{issued.Account.Username}/disable", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.GetAsync("/tttt/api/search?q=a")).StatusCode);
    }

    [Fact]
    public async Task The_system_admin_adds_agencies_with_codes_by_the_regulations_rule()
    {
        var sysadmin = await factory.SignedInClientAsync("khanhdv");

        var created = await sysadmin.PostAsJsonAsync("/api/admin/agencies",
            new AgencyRequest("Sở Lao động - Thương binh và Xã hội", "SLĐTBXH", "000.00.12.H52", null));
        var badCode = await sysadmin.PostAsJsonAsync("/api/admin/agencies", new AgencyRequest("Sở Y tế", "SYT", "H52", "gtvt"));
        var byAgencyAdmin = await (await factory.SignedInClientAsync("mailt"))
            .PostAsJsonAsync("/api/admin/agencies", new AgencyRequest("Sở Y tế", "SYT", null, null));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("ldtbxh", (await created.Content.ReadFromJsonAsync<AgencyResponse>())!.Code);
        Assert.Equal(HttpStatusCode.BadRequest, badCode.StatusCode);
        var body = await badCode.Content.ReadAsStringAsync();
        Assert.Contains("000.00.00.H49", Errors(body, "organisationCode"));
        Assert.Contains("đã được dùng", Errors(body, "code"));
        Assert.Equal(HttpStatusCode.Forbidden, byAgencyAdmin.StatusCode);

        // A rename keeps the code and dates the old name (2025: labour affairs moved to Sở Nội vụ).
        var renamed = await sysadmin.PutAsJsonAsync("/api/admin/agencies/ldtbxh",
            new AgencyRequest("Sở Lao động - Thương binh và Xã hội (đã hợp nhất)", "SLĐTBXH", "000.00.12.H52", null));
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var history = await sysadmin.GetFromJsonAsync<List<AgencyFormerNameResponse>>("/api/agencies/ldtbxh/history");
        Assert.Equal("Sở Lao động - Thương binh và Xã hội", Assert.Single(history!).Name);
    }

    private static string Errors(string problemJson, string field)
    {
        using var doc = JsonDocument.Parse(problemJson);
        return doc.RootElement.GetProperty("errors").GetProperty(field)[0].GetString()!;
    }
}
