using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EdocMan.Search.Api.Features.Registers;
using EdocMan.Search.Api.Features.Search;
using EdocMan.Search.Core.Ingestion;

namespace EdocMan.Search.Api.Tests.Features.Registers;

public sealed class RegisterDocumentTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static int Year => RegisterRoutes.Today(TimeProvider.System).Year;

    [Fact]
    public async Task Outgoing_numbers_are_gapless_and_unique_under_concurrent_registration()
    {
        using var fresh = new ApiFactory();
        var clerk = await fresh.SignedInClientAsync("chiennv");
        var ids = new List<Guid>();
        for (var i = 0; i < 12; i++)
        {
            ids.Add(await UploadIndexedAsync(clerk, "tttt", $"Công văn số thứ {i} về việc triển khai phần mềm {Guid.NewGuid():N}."));
        }

        // Each request its own client, as twelve clerks' browsers would be, against the real SQLite file.
        // Signed in one after another: parallel logins would trip the lockout of the shared test account.
        var clients = new List<HttpClient>();
        foreach (var _ in ids)
        {
            clients.Add(await fresh.SignedInClientAsync("chiennv"));
        }
        var responses = await Task.WhenAll(ids.Select((id, i) => clients[i].PostAsJsonAsync("/tttt/api/registers/di/entries",
            Request(id, "CV", $"V/v triển khai số {i}") with { DraftingUnit = "CNTT" })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var entries = await Task.WhenAll(responses.Select(r => r.Content.ReadFromJsonAsync<RegisteredResponse>()));
        Assert.Equal(Enumerable.Range(1, 12), entries.Select(e => e!.Entry.Number).Order());
        Assert.Contains(entries, e => e!.Entry.NumberSymbol == "01/STTTT-CNTT");
        Assert.Contains(entries, e => e!.Entry.NumberSymbol == "12/STTTT-CNTT");
        Assert.All(entries, e => Assert.Equal(Year, e!.Entry.Year));

        var register = await clerk.GetFromJsonAsync<RegisterPageResponse>("/tttt/api/registers/di/entries");
        Assert.Equal(Enumerable.Range(1, 12), register!.Entries.Select(e => e.Number));
    }

    [Fact]
    public async Task Incoming_documents_get_the_next_so_den_and_a_duplicate_warning()
    {
        var clerk = await factory.SignedInClientAsync("thanglv");
        var first = await UploadIndexedAsync(clerk, "maison", $"Thông báo lịch tiếp công dân {Guid.NewGuid():N}.");
        var second = await UploadIndexedAsync(clerk, "maison", $"Thông báo lịch tiếp công dân (bản fax) {Guid.NewGuid():N}.");

        var a = await RegisterAsync(clerk, "maison", "den", Request(first, "TB", "Lịch tiếp công dân") with
            { NumberSymbol = "35/TB-UBND", Issuer = "UBND tỉnh Sơn La", ReceivedBy = "Văn phòng" });
        var b = await RegisterAsync(clerk, "maison", "den", Request(second, "TB", "Lịch tiếp công dân") with
            { NumberSymbol = "35/TB-UBND", Issuer = "UBND tỉnh Sơn La" });

        Assert.Equal(a.Entry.Number + 1, b.Entry.Number);
        Assert.Empty(a.Warnings);
        Assert.Contains("Có thể trùng", Assert.Single(b.Warnings));
        Assert.Equal("Thường", a.Entry.UrgencyLabel);
    }

    [Fact]
    public async Task Legal_normative_documents_are_numbered_with_the_year_and_published()
    {
        var clerk = await factory.SignedInClientAsync("hanhlt");
        var marker = "qppl" + Guid.NewGuid().ToString("N")[..8];
        var id = await UploadIndexedAsync(clerk, "vpubnd", $"Quyết định ban hành quy chế {marker}.");

        var registered = await RegisterAsync(clerk, "vpubnd", "di", Request(id, "QĐ", "Ban hành quy chế") with { LegalNormative = true, Signer = "Chủ tịch" });

        Assert.Equal($"01/{Year}/QĐ-VPUBND", registered.Entry.NumberSymbol);
        // Published: a specialist of another agency finds it.
        var specialist = await factory.SignedInClientAsync("hoadt");
        var found = await specialist.GetFromJsonAsync<SearchResponse>($"/tpsonla/api/search?q={marker}");
        Assert.Equal(id, Assert.Single(found!.Hits).Id);
    }

    [Fact]
    public async Task Registration_needs_the_clerks_confirmation_and_says_which_fields_are_wrong()
    {
        var clerk = await factory.SignedInClientAsync("binhhv");
        var id = await UploadIndexedAsync(clerk, "gtvt", $"Tờ trình {Guid.NewGuid():N}.");

        var response = await clerk.PostAsJsonAsync("/gtvt/api/registers/den/entries",
            Request(id, "XYZ", "") with { ConfirmNotExcluded = false });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        foreach (var field in new[] { "confirmNotExcluded", "documentType", "summary", "numberSymbol", "issuer" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }
        Assert.Contains("xác nhận", errors.GetProperty("confirmNotExcluded")[0].GetString());
    }

    [Theory]
    [InlineData("UBND TỈNH SƠN LA\nMẬT\nQUYẾT ĐỊNH về việc điều động", ExcludedContent.SecretRefusal)]
    [InlineData("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐƠN KHIẾU NẠI\nKính gửi: Sở Giao thông vận tải", ExcludedContent.ComplaintRefusal)]
    public async Task Excluded_content_is_never_indexed_and_cannot_be_registered(string heading, string message)
    {
        var clerk = await factory.SignedInClientAsync("binhhv");
        var marker = "loaitru" + Guid.NewGuid().ToString("N")[..8];
        var upload = await clerk.UploadAsync("gtvt", Encoding.UTF8.GetBytes($"{heading}\nNội dung {marker}."), "loai-tru.txt");
        var document = await clerk.WaitForProcessingAsync(upload.Headers.Location!.ToString());

        Assert.Equal("Failed", document.Status);
        Assert.Equal(message, document.FailureReason);
        Assert.Equal(0, (await clerk.GetFromJsonAsync<SearchResponse>($"/gtvt/api/search?q={marker}"))!.Total);
        var refused = await clerk.PostAsJsonAsync("/gtvt/api/registers/den/entries",
            Request(document.Id, "CV", "Đơn") with { NumberSymbol = "01/ĐKN", Issuer = "Công dân" });
        await Documents.UploadErrorsTests.AssertProblemAsync(refused, HttpStatusCode.UnprocessableEntity, message);
    }

    [Fact]
    public async Task Only_the_agencys_clerk_registers()
    {
        var specialist = await factory.SignedInClientAsync("tuanvm");
        var response = await specialist.PostAsJsonAsync("/gtvt/api/registers/den/entries", Request(Guid.NewGuid(), "CV", "x"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static RegisterRequest Request(Guid id, string type, string summary) =>
        new(id, true, type, summary, null, null, null, null, null, null, null, null, null, null, null, null);

    private static async Task<RegisteredResponse> RegisterAsync(HttpClient client, string agency, string kind, RegisterRequest request)
    {
        var response = await client.PostAsJsonAsync($"/{agency}/api/registers/{kind}/entries", request);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<RegisteredResponse>())!;
    }

    private static async Task<Guid> UploadIndexedAsync(HttpClient client, string agency, string text)
    {
        var upload = await client.UploadAsync(agency, Encoding.UTF8.GetBytes(text), "van-ban.txt");
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        var document = await client.WaitForProcessingAsync(upload.Headers.Location!.ToString());
        Assert.Equal("Indexed", document.Status);
        return document.Id;
    }
}
