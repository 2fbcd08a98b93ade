using EdocMan.Search.Core.Ingestion;
using EdocMan.Search.Testing;

namespace EdocMan.Search.Extraction.Tests.Pdf;

// Unreadable files: extraction fails with a Vietnamese reason, and Preflight gives the same reason without throwing.
public sealed partial class PdfPigTextExtractorTests
{
    private const string CorruptPrefix = "Tệp PDF bị hỏng hoặc không đọc được: ";
    private const string PasswordReason = "Tệp PDF được bảo vệ bằng mật khẩu; hãy gỡ mật khẩu rồi tải lên lại.";

    public static TheoryData<string, byte[], string> Unreadable()
    {
        var seed = File.ReadAllBytes(Samples.SeedPdf);
        return new()
        {
            { "first half of the seed", PdfFactory.Truncated(seed), "cắt cụt" },
            { "first half of a one-page PDF", PdfFactory.Truncated(PdfFactory.Vietnamese()), "cắt cụt" },
            { "random bytes after %PDF", PdfFactory.HeaderThenGarbage(), "không phải dữ liệu PDF" },
            { "empty", [], "tệp rỗng" },
            { "a text file", "Quyết định số 31"u8.ToArray(), "thiếu phần đầu %PDF" },
        };
    }

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task Unreadable_files_fail_with_a_Vietnamese_reason(string description, byte[] bytes, string detail)
    {
        var error = await Assert.ThrowsAsync<ExtractionFailedException>(() => Extract(bytes));

        Assert.StartsWith(CorruptPrefix, error.Message);
        Assert.Contains(detail, error.Message);
        Assert.Contains("tải lên lại", error.Message); // says what to do
        Assert.False(string.IsNullOrEmpty(description));
    }

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void Preflight_gives_the_reason_without_throwing(string description, byte[] bytes, string detail)
    {
        var reason = _extractor.Preflight(new MemoryStream(bytes));

        Assert.NotNull(reason);
        Assert.StartsWith(CorruptPrefix, reason);
        Assert.Contains(detail, reason);
        Assert.False(string.IsNullOrEmpty(description));
    }

    [Fact]
    public async Task A_user_password_is_reported_as_such()
    {
        var pdf = PdfFactory.PasswordProtected(PdfFactory.Vietnamese());

        var error = await Assert.ThrowsAsync<ExtractionFailedException>(() => Extract(pdf));

        Assert.Equal(PasswordReason, error.Message);
        Assert.Equal(PasswordReason, _extractor.Preflight(new MemoryStream(pdf)));
    }

    [Fact]
    public void Preflight_accepts_a_good_PDF_and_restores_the_position()
    {
        var stream = new MemoryStream(PdfFactory.Vietnamese()) { Position = 4096 };

        Assert.Null(_extractor.Preflight(stream));
        Assert.Equal(4096, stream.Position);
    }

    [Fact]
    public void Preflight_survives_a_stream_that_cannot_be_read()
    {
        var reason = _extractor.Preflight(TestStreams.Failing());

        Assert.NotNull(reason);
        Assert.StartsWith(CorruptPrefix, reason);
    }

    [Fact]
    public async Task The_technical_cause_is_kept_as_the_inner_exception()
    {
        var error = await Assert.ThrowsAsync<ExtractionFailedException>(() => Extract(PdfFactory.HeaderThenGarbage()));

        Assert.NotNull(error.InnerException);
    }
}
