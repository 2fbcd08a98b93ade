using System.Net;
using System.Net.Http.Json;
using EdocMan.Search.Api.Features.Documents;
using EdocMan.Search.Testing;

namespace EdocMan.Search.Api.Tests.Features.Documents;

/// <summary>Every bad upload gets a 4xx ProblemDetails in Vietnamese; an unreadable file is still kept.</summary>
public sealed class UploadErrorsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Unknown_agency_is_404_with_a_readable_message()
    {
        var client = await factory.SignedInClientAsync("chiennv");
        var response = await client.UploadAsync("khongco", PdfFactory.Vietnamese(), "a.pdf");
        await AssertProblemAsync(response, HttpStatusCode.NotFound, "Không tìm thấy cơ quan");
    }

    [Fact]
    public async Task Empty_file_is_400()
    {
        var client = await factory.SignedInClientAsync("chiennv");
        var response = await client.UploadAsync("tttt", [], "rong.pdf");
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "Tệp rỗng");
    }

    [Fact]
    public async Task A_png_named_pdf_is_415_and_nothing_is_recorded()
    {
        var client = await factory.SignedInClientAsync("chiennv");
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
        var response = await client.UploadAsync("tttt", png, "to-trinh.pdf");
        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "nội dung là ảnh PNG");
    }

    [Fact]
    public async Task Random_bytes_are_415()
    {
        var client = await factory.SignedInClientAsync("chiennv");
        var bytes = new byte[2048];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0;
        var response = await client.UploadAsync("tttt", bytes, "du-lieu.bin");
        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "chưa được hỗ trợ");
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("garbage")]
    [InlineData("encrypted")]
    public async Task An_unreadable_pdf_is_422_recorded_as_Failed_and_its_original_is_kept(string kind)
    {
        var client = await factory.SignedInClientAsync("chiennv");
        var valid = PdfFactory.FromText("Văn bản thử nghiệm lỗi " + kind + " " + Guid.NewGuid());
        var bytes = kind switch
        {
            "truncated" => PdfFactory.Truncated(valid),
            "garbage" => PdfFactory.HeaderThenGarbage(seed: kind.Length),
            _ => PdfFactory.PasswordProtected(valid),
        };

        var response = await client.UploadAsync("tttt", bytes, $"{kind}.pdf");

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "Tệp gốc vẫn được lưu");
        var document = await client.GetFromJsonAsync<DocumentResponse>(problem.DocumentUrl);
        Assert.Equal("Failed", document!.Status);
        Assert.False(string.IsNullOrWhiteSpace(document.FailureReason));
        Assert.Equal(bytes, await client.GetByteArrayAsync(document.OriginalUrl));
    }

    [Fact]
    public async Task Metadata_that_is_too_long_or_a_bad_date_is_400()
    {
        var client = await factory.SignedInClientAsync("chiennv");
        var longTitle = await client.UploadAsync("tttt", PdfFactory.Vietnamese(), "a.pdf",
            new Dictionary<string, string> { ["title"] = new string('x', 501) });
        var badDate = await client.UploadAsync("tttt", PdfFactory.Vietnamese(), "a.pdf",
            new Dictionary<string, string> { ["documentDate"] = "31/02/2014" });
        var badRegister = await client.UploadAsync("tttt", PdfFactory.Vietnamese(), "a.pdf",
            new Dictionary<string, string> { ["register"] = "khac" });

        await AssertProblemAsync(longTitle, HttpStatusCode.BadRequest, "dài quá 500");
        await AssertProblemAsync(badDate, HttpStatusCode.BadRequest, "Ngày tháng văn bản không hợp lệ");
        await AssertProblemAsync(badRegister, HttpStatusCode.BadRequest, "Sổ văn bản không hợp lệ");
    }

    [Fact]
    public async Task A_path_in_the_file_name_is_reduced_to_the_name()
    {
        var client = await factory.SignedInClientAsync("chiennv");
        var response = await client.UploadAsync("tttt", PdfFactory.FromText("Tên tệp " + Guid.NewGuid()), "../../etc/passwd.pdf");
        var document = await response.Content.ReadFromJsonAsync<DocumentResponse>();
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("passwd.pdf", document!.FileName);
    }

    [Fact]
    public async Task A_request_that_is_not_multipart_is_400()
    {
        var client = await factory.SignedInClientAsync("chiennv");
        var response = await client.PostAsJsonAsync("/tttt/api/documents", new { file = "abc" });
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "multipart/form-data");
    }

    internal static async Task<ProblemBody> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detailContains)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemBody>();
        Assert.Equal((int)status, problem!.Status);
        Assert.Contains(detailContains, problem.Detail);
        return problem;
    }
}

/// <summary>A host whose upload limit is small enough to exceed in a test.</summary>
public sealed class UploadLimitTests : IDisposable
{
    private readonly ApiFactory _factory = new(new TempDirectory(), ownsData: true,
        new Dictionary<string, string> { ["Storage:MaxUploadBytes"] = "50000" });

    [Fact]
    public async Task A_file_over_the_configured_limit_is_413()
    {
        var client = await _factory.SignedInClientAsync("chiennv");
        var response = await client.UploadAsync("tttt", new byte[60_000], "lon.txt");
        await UploadErrorsTests.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "vượt quá giới hạn");
    }

    public void Dispose() => _factory.Dispose();
}
