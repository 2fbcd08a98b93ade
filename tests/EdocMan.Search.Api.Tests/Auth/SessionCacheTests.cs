using System.Net;
using EdocMan.Search.Api.Auth;
using EdocMan.Search.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EdocMan.Search.Api.Tests.Auth;

/// <summary>The session check's account cache and the route's agency cache keep revocation and membership effective.</summary>
public sealed class SessionCacheTests(ClockedApiFactory factory) : IClassFixture<ClockedApiFactory>
{
    private const string Search = "/gtvt/api/search?q=quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh";

    [Fact]
    public async Task An_account_disabled_by_another_process_is_refused_once_the_cache_bound_has_passed()
    {
        var client = await factory.SignedInClientAsync("binhhv");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Search)).StatusCode);
        // Written straight to the database, as another process would: the server is not told.
        await SetDisabledAsync("binhhv", true);
        try
        {
            factory.Clock.MoveTo(factory.Clock.GetUtcNow() + SessionAccountCache.MaxAge + TimeSpan.FromSeconds(1));

            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(Search)).StatusCode);
            // The session is over for good: enabling the account again does not revive the signed-out cookie.
            await SetDisabledAsync("binhhv", false);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(Search)).StatusCode);
        }
        finally
        {
            factory.Clock.BackToRealTime();
            await SetDisabledAsync("binhhv", false);
        }
    }

    [Fact]
    public async Task A_remembered_agency_still_keeps_out_officials_of_other_agencies()
    {
        var gtvt = await factory.SignedInClientAsync("binhhv");
        var tttt = await factory.SignedInClientAsync("chiennv");

        // The first request reads the agency, the second finds it remembered: both must refuse.
        Assert.Equal(HttpStatusCode.OK, (await gtvt.GetAsync(Search)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await tttt.GetAsync(Search)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await tttt.GetAsync(Search)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await tttt.GetAsync("/khong-co/api/search?q=a")).StatusCode);
    }

    private async Task SetDisabledAsync(string username, bool disabled)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        await db.Accounts.Where(a => a.Username == username).ExecuteUpdateAsync(s => s.SetProperty(a => a.Disabled, disabled));
    }
}
