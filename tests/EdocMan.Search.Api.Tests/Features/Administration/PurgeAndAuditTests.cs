using System.Net;
using System.Net.Http.Json;
using System.Text;
using EdocMan.Search.Api.Features.Administration;
using EdocMan.Search.Api.Features.Search;
using EdocMan.Search.Core.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace EdocMan.Search.Api.Tests.Features.Administration;

public sealed class PurgeAndAuditTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_purge_removes_the_document_everywhere_and_is_audited()
    {
        var clerk = await factory.SignedInClientAsync("chiennv");
        var marker = "loixoa" + Guid.NewGuid().ToString("N")[..8];
        var upload = await clerk.UploadAsync("tttt", Encoding.UTF8.GetBytes($"Văn bản lọt vào hệ thống {marker}."), "lot.txt");
        var document = await clerk.WaitForProcessingAsync(upload.Headers.Location!.ToString());
        Assert.Equal(1, (await clerk.GetFromJsonAsync<SearchResponse>($"/tttt/api/search?q={marker}"))!.Total);

        var admin = await factory.SignedInClientAsync("khanhdv");
        var noReason = await admin.PostAsJsonAsync($"/api/admin/documents/{document.Id}/purge", new PurgeRequest(""));
        var byClerk = await clerk.PostAsJsonAsync($"/api/admin/documents/{document.Id}/purge", new PurgeRequest("Văn bản mật bị tải nhầm lên"));
        var purged = await admin.PostAsJsonAsync($"/api/admin/documents/{document.Id}/purge", new PurgeRequest("Văn bản mật bị tải nhầm lên"));

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byClerk.StatusCode);
        Assert.Equal(HttpStatusCode.OK, purged.StatusCode);
        Assert.True((await purged.Content.ReadFromJsonAsync<PurgeResponse>())!.OriginalDeleted);
        Assert.Equal(0, (await clerk.GetFromJsonAsync<SearchResponse>($"/tttt/api/search?q={marker}"))!.Total);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync(upload.Headers.Location)).StatusCode);
        Assert.False(factory.Services.GetRequiredService<IDocumentStore>().Exists(document.Sha256));

        var log = await admin.GetFromJsonAsync<AuditPageResponse>($"/api/admin/audit?documentId={document.Id}");
        var purge = Assert.Single(log!.Entries, e => e.Action == "document.purge");
        Assert.Equal("khanhdv", purge.Username);
        Assert.Contains("Văn bản mật bị tải nhầm lên", purge.Detail);
        Assert.Contains(log.Entries, e => e.Action == "document.view" && e.Username == "chiennv");
    }

    [Fact]
    public async Task An_original_shared_with_another_agencys_copy_is_kept()
    {
        var bytes = Encoding.UTF8.GetBytes($"Kế hoạch chung {Guid.NewGuid():N}.");
        var tttt = await factory.SignedInClientAsync("chiennv");
        var gtvt = await factory.SignedInClientAsync("binhhv");
        var mine = await tttt.WaitForProcessingAsync((await tttt.UploadAsync("tttt", bytes, "kh.txt")).Headers.Location!.ToString());
        await gtvt.WaitForProcessingAsync((await gtvt.UploadAsync("gtvt", bytes, "kh.txt")).Headers.Location!.ToString());

        // The agency admin of tttt purges tttt's copy; gtvt's copy still needs the bytes.
        var agencyAdmin = await factory.SignedInClientAsync("mailt");
        var purged = await agencyAdmin.PostAsJsonAsync($"/api/admin/documents/{mine.Id}/purge", new PurgeRequest("Đăng ký trùng, xóa bản thừa"));

        Assert.False((await purged.Content.ReadFromJsonAsync<PurgeResponse>())!.OriginalDeleted);
        Assert.True(factory.Services.GetRequiredService<IDocumentStore>().Exists(mine.Sha256));
    }

    [Fact]
    public async Task Agency_admins_read_only_their_agencys_log_and_logins_are_in_it()
    {
        await factory.SignedInClientAsync("binhhv");
        var agencyAdmin = await factory.SignedInClientAsync("mailt");
        var log = await agencyAdmin.GetFromJsonAsync<AuditPageResponse>("/api/admin/audit?action=login&pageSize=500");

        Assert.Contains(log!.Entries, e => e.Username == "mailt");
        Assert.All(log.Entries, e => Assert.Equal("tttt", e.Agency));
        var specialist = await factory.SignedInClientAsync("nhungtth");
        Assert.Equal(HttpStatusCode.Forbidden, (await specialist.GetAsync("/api/admin/audit")).StatusCode);
    }
}
