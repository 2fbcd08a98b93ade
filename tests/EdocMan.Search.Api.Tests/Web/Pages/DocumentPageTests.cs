using System.Net;
using EdocMan.Search.Testing;

namespace EdocMan.Search.Api.Tests.Web.Pages;

/// <summary>The document view over real HTTP.</summary>
public sealed class DocumentPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_agency_administrator_sees_who_opened_the_document_and_a_specialist_does_not_see_the_trail()
    {
        var clerk = await factory.SignedInClientAsync("chiennv");
        var admin = await factory.SignedInClientAsync("mailt");
        var specialist = await factory.SignedInClientAsync("nhungtth");
        var upload = await clerk.UploadAsync("tttt", PdfFactory.FromText("Kế hoạch chuyển đổi số nội bộ năm 2026."), "kh-noi-bo.pdf",
            new Dictionary<string, string> { ["register"] = "noibo" });
        var document = await clerk.WaitForProcessingAsync(upload.Headers.Location!.ToString());
        var path = $"/tttt/van-ban/{document.Id}";

        await clerk.GetStringAsync(path);
        var adminPage = WebUtility.HtmlDecode(await admin.GetStringAsync(path));
        var specialistPage = WebUtility.HtmlDecode(await specialist.GetStringAsync(path));

        var trail = adminPage[adminPage.IndexOf("Nhật ký của văn bản", StringComparison.Ordinal)..];
        Assert.Contains("chiennv", trail, StringComparison.Ordinal);
        Assert.Contains("Xem văn bản", trail, StringComparison.Ordinal);
        Assert.Contains("Kế hoạch chuyển đổi số nội bộ", specialistPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Nhật ký của văn bản", specialistPage, StringComparison.Ordinal);
    }
}
