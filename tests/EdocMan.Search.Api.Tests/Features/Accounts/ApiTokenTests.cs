using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using EdocMan.Search.Api.Features.Accounts;
using EdocMan.Search.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EdocMan.Search.Api.Tests.Features.Accounts;

public sealed class ApiTokenTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_script_uses_a_bearer_token_with_its_owners_rights_until_it_is_revoked()
    {
        var owner = await factory.SignedInClientAsync("chiennv");
        var created = await owner.PostAsJsonAsync("/api/auth/tokens", new CreateApiTokenRequest("Đồng bộ", 30));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var token = (await created.Content.ReadFromJsonAsync<ApiTokenResponse>())!;
        Assert.StartsWith("edoc_", token.Token);

        var script = factory.CreateClient();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/tttt/api/search?q=a")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await script.GetAsync("/gtvt/api/search?q=a")).StatusCode);

        // Only the hash is stored, and the list never shows the secret again.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<EdocManDbContext>().ApiTokens.SingleAsync(t => t.Id == token.Id);
            Assert.DoesNotContain(token.Token!, stored.TokenHash);
            Assert.Equal(64, stored.TokenHash.Length);
        }
        var listed = await owner.GetFromJsonAsync<List<ApiTokenResponse>>("/api/auth/tokens");
        Assert.All(listed!, t => Assert.Null(t.Token));

        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/auth/tokens/{token.Id}")).StatusCode);
        var revoked = await script.GetAsync("/tttt/api/search?q=a");
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        Assert.Equal("application/problem+json", revoked.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unknown_token_is_401()
    {
        var script = factory.CreateClient();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "edoc_khongcothat");
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/tttt/api/search?q=a")).StatusCode);
    }
}
