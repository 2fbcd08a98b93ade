using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EdocMan.Search.Api.Features.Permissions;
using EdocMan.Search.Api.Features.Registers;
using EdocMan.Search.Api.Features.Search;

namespace EdocMan.Search.Api.Tests.Features.Permissions;

public sealed class DocumentAccessTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_sent_document_reaches_the_recipients_incoming_queue_and_its_registers_people_only()
    {
        var sender = await factory.SignedInClientAsync("chiennv");
        var marker = "guidi" + Guid.NewGuid().ToString("N")[..8];
        var upload = await sender.UploadAsync("tttt", Encoding.UTF8.GetBytes($"Công văn hướng dẫn chữ ký số {marker}."), "cv.txt",
            new Dictionary<string, string> { ["register"] = "di", ["title"] = "Hướng dẫn chữ ký số" });
        var document = await sender.WaitForProcessingAsync(upload.Headers.Location!.ToString());

        var set = await sender.PutAsJsonAsync($"/tttt/api/documents/{document.Id}/access", new DocumentAccessRequest(false, ["gtvt"], [], []));
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);

        var clerk = await factory.SignedInClientAsync("binhhv");
        var queue = await clerk.GetFromJsonAsync<List<QueuedDocumentResponse>>("/gtvt/api/registers/den/queue");
        var queued = Assert.Single(queue!, q => q.DocumentId == document.Id);
        Assert.Equal(("tttt", false), (queued.FromAgency, queued.Received));
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync(queued.OriginalUrl)).StatusCode);
        Assert.Equal(1, (await clerk.GetFromJsonAsync<SearchResponse>($"/gtvt/api/search?q={marker}"))!.Total);

        var specialist = await factory.SignedInClientAsync("tuanvm");
        Assert.Equal(0, (await specialist.GetFromJsonAsync<SearchResponse>($"/gtvt/api/search?q={marker}"))!.Total);
        Assert.Equal(HttpStatusCode.NotFound, (await specialist.GetAsync(queued.DocumentUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await specialist.GetAsync("/gtvt/api/registers/den/queue")).StatusCode);

        // Withdrawn: gone from search at once, because the index entry is rebuilt with the request.
        (await sender.PutAsJsonAsync($"/tttt/api/documents/{document.Id}/access", new DocumentAccessRequest(false, [], [], []))).EnsureSuccessStatusCode();
        Assert.Equal(0, (await clerk.GetFromJsonAsync<SearchResponse>($"/gtvt/api/search?q={marker}"))!.Total);
    }

    [Fact]
    public async Task Invalid_shares_are_400_with_field_messages_and_only_the_holding_agency_changes_them()
    {
        var clerk = await factory.SignedInClientAsync("thanglv");
        var upload = await clerk.UploadAsync("maison", Encoding.UTF8.GetBytes($"Đơn vị nhận {Guid.NewGuid():N}"), "den.txt");
        var document = await clerk.WaitForProcessingAsync(upload.Headers.Location!.ToString());

        var invalid = await clerk.PutAsJsonAsync($"/maison/api/documents/{document.Id}/access",
            new DocumentAccessRequest(false, ["gtvt"], ["khongco"], ["aikhongbiet"]));

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        using var problem = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Contains("văn bản đi", errors.GetProperty("recipients")[0].GetString());
        Assert.Contains("khongco", errors.GetProperty("agencies")[0].GetString());
        Assert.Contains("aikhongbiet", errors.GetProperty("users")[0].GetString());

        // Shared with one official of another agency: they see it, but may not re-share it.
        (await clerk.PutAsJsonAsync($"/maison/api/documents/{document.Id}/access", new DocumentAccessRequest(false, [], [], ["hoadt"]))).EnsureSuccessStatusCode();
        var reader = await factory.SignedInClientAsync("hoadt");
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/tpsonla/api/documents/{document.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await reader.PutAsJsonAsync($"/tpsonla/api/documents/{document.Id}/access", new DocumentAccessRequest(true, [], [], []))).StatusCode);
    }
}
