using System.Net;
using System.Net.Http.Json;
using EdocMan.Search.Api.Features.Search;
using EdocMan.Search.Api.Features.Search.History;
using EdocMan.Search.Api.Tests.Features.Documents;
using EdocMan.Search.Data;
using EdocMan.Search.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EdocMan.Search.Api.Tests.Features.Search.History;

public sealed class SearchHistoryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Submitted_searches_are_recent_searches_at_once_newest_first_once_each_and_private()
    {
        var nhung = await factory.SignedInClientAsync("nhungtth");
        var quang = await factory.SignedInClientAsync("quangpv");
        var first = "bưu chính " + Marker();
        var second = "viễn thông " + Marker();

        await nhung.GetFromJsonAsync<SearchResponse>($"/tttt/api/search?q={Uri.EscapeDataString(first)}");
        await nhung.GetFromJsonAsync<SearchResponse>($"/tttt/api/search?q={Uri.EscapeDataString(first)}&page=2");
        await nhung.GetFromJsonAsync<SearchResponse>($"/tttt/api/search?q={Uri.EscapeDataString(first)}");
        await nhung.GetFromJsonAsync<SearchResponse>($"/tttt/api/search?q={Uri.EscapeDataString(second)}&sort=date_desc");
        // At once: the writer gathers searches for a second, and the list must not wait for that.
        var recent = await nhung.GetFromJsonAsync<List<RecentSearchResponse>>("/tttt/api/search/recent") ?? [];

        Assert.Equal([second, first], recent.Select(r => r.Query));
        Assert.Equal($"q={Uri.EscapeDataString(second)}&sort=date_desc", recent[0].QueryString);
        Assert.Equal($"/tttt/tim-kiem?{recent[0].QueryString}", recent[0].PageUrl);
        Assert.Equal(2, await HistoryRowsAsync("nhungtth", first, second));
        Assert.DoesNotContain(await quang.GetFromJsonAsync<List<RecentSearchResponse>>("/tttt/api/search/recent") ?? [],
            r => r.Query == first || r.Query == second);
    }

    [Fact]
    public async Task Clearing_history_forgets_the_words_but_keeps_the_count_of_searches()
    {
        var client = await factory.SignedInClientAsync("tuanvm");
        var words = "vận tải " + Marker();
        var rowsBefore = await CountRowsAsync("tuanvm");
        await client.GetFromJsonAsync<SearchResponse>($"/gtvt/api/search?q={Uri.EscapeDataString(words)}");

        // Cleared while the search is still queued: it must not be written afterwards and come back.
        var cleared = await client.DeleteAsync("/gtvt/api/search/recent");
        await Task.Delay(SearchHistoryWriter.GatherWindow * 2);

        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.Empty(await client.GetFromJsonAsync<List<RecentSearchResponse>>("/gtvt/api/search/recent") ?? []);
        Assert.Equal(rowsBefore + 1, await CountRowsAsync("tuanvm"));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        Assert.False(await db.SearchHistory.AnyAsync(h => h.Query.Contains(words)));
    }

    [Fact]
    public async Task A_saved_search_is_listed_runs_with_its_filters_and_only_its_owner_can_delete_it()
    {
        var client = await factory.SignedInClientAsync("soncv");
        var other = await factory.SignedInClientAsync("hoadt");
        var marker = Marker();
        var upload = await client.UploadAsync("tpsonla", PdfFactory.FromText($"Kế hoạch chỉnh trang đô thị {marker}."), "kh.pdf");
        var document = await client.WaitForProcessingAsync(upload.Headers.Location!.ToString());
        Assert.Equal("Indexed", document.Status);

        var created = await client.PostAsJsonAsync("/tpsonla/api/search/saved",
            new SaveSearchRequest("Chỉnh trang đô thị", $"chinh trang {marker}", Sort: "date_desc"));
        var saved = await created.Content.ReadFromJsonAsync<SavedSearchResponse>();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Contains(await client.GetFromJsonAsync<List<SavedSearchResponse>>("/tpsonla/api/search/saved") ?? [], s => s.Id == saved!.Id);
        var run = await client.GetFromJsonAsync<SearchResponse>(saved!.ApiUrl);
        Assert.Equal(1, run!.Total);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(saved.PageUrl));
        Assert.Contains($"/tpsonla/van-ban/{document.Id}", page, StringComparison.Ordinal);
        Assert.DoesNotContain(await other.GetFromJsonAsync<List<SavedSearchResponse>>("/tpsonla/api/search/saved") ?? [], s => s.Id == saved.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/tpsonla/api/search/saved/{saved.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/tpsonla/api/search/saved/{saved.Id}")).StatusCode);
        Assert.DoesNotContain(await client.GetFromJsonAsync<List<SavedSearchResponse>>("/tpsonla/api/search/saved") ?? [], s => s.Id == saved.Id);
    }

    [Fact]
    public async Task Saving_a_bad_search_is_400_and_a_second_one_with_the_same_name_is_409()
    {
        var client = await factory.SignedInClientAsync("thupt");
        var name = "Giao thông " + Marker();

        var first = await client.PostAsJsonAsync("/gtvt/api/search/saved", new SaveSearchRequest(name, "quốc lộ 6"));
        var again = await client.PostAsJsonAsync("/gtvt/api/search/saved", new SaveSearchRequest(name, "quốc lộ 37"));
        var noName = await client.PostAsJsonAsync("/gtvt/api/search/saved", new SaveSearchRequest(" ", "quốc lộ"));
        var noWords = await client.PostAsJsonAsync("/gtvt/api/search/saved", new SaveSearchRequest("x", ""));
        var badSort = await client.PostAsJsonAsync("/gtvt/api/search/saved", new SaveSearchRequest("y", "quốc lộ", Sort: "size"));
        var badDate = await client.PostAsJsonAsync("/gtvt/api/search/saved", new SaveSearchRequest("z", "quốc lộ", From: "31/12/2025"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        await UploadErrorsTests.AssertProblemAsync(again, HttpStatusCode.Conflict, "tên");
        await UploadErrorsTests.AssertProblemAsync(noName, HttpStatusCode.BadRequest, "đặt tên");
        await UploadErrorsTests.AssertProblemAsync(noWords, HttpStatusCode.BadRequest, "từ khóa");
        await UploadErrorsTests.AssertProblemAsync(badSort, HttpStatusCode.BadRequest, "sắp xếp");
        await UploadErrorsTests.AssertProblemAsync(badDate, HttpStatusCode.BadRequest, "Ngày không hợp lệ");
    }

    private static string Marker() => "m" + Guid.NewGuid().ToString("N")[..8];

    private async Task<int> HistoryRowsAsync(string username, params string[] queries)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        var account = await db.Accounts.SingleAsync(a => a.Username == username);
        return await db.SearchHistory.CountAsync(h => h.AccountId == account.Id && queries.Contains(h.Query));
    }

    private async Task<int> CountRowsAsync(string username)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EdocManDbContext>();
        var account = await db.Accounts.SingleAsync(a => a.Username == username);
        return await db.SearchHistory.CountAsync(h => h.AccountId == account.Id);
    }
}
