using System.Net;
using static EdocMan.Search.Api.Tests.Features.CaseFiles.CaseFileTestSteps;

namespace EdocMan.Search.Api.Tests.Features.CaseFiles;

/// <summary>Finding case files by title, code and the content of their documents, with or without diacritics.</summary>
public sealed class CaseFileSearchTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_word_only_in_a_documents_content_finds_its_file_typed_without_diacritics()
    {
        var specialist = await factory.SignedInClientAsync("tuanvm");
        var document = await UploadAsync(specialist, "gtvt",
            "Biên bản kiểm tra cầu treo bản Phiêng Khoài: dây văng bị gỉ, cần thay thế trước mùa lũ.", title: "Biên bản kiểm tra cầu treo");
        var bridge = (await OpenAdHocAsync(specialist, "gtvt", "Hồ sơ bảo trì công trình giao thông nông thôn", "20 năm")).File;
        var other = (await OpenAdHocAsync(specialist, "gtvt", "Hồ sơ đào tạo lái xe")).File;
        await AddAsync(specialist, "gtvt", bridge.Id, document);

        var byContent = await ListAsync(specialist, "gtvt", "q=phieng+khoai");
        var hit = Assert.Single(byContent.Items);
        Assert.Equal(bridge.Id, hit.File.Id);
        Assert.Equal(["nội dung văn bản"], hit.MatchedBy);
        Assert.Single((await ListAsync(specialist, "gtvt", "q=" + Uri.EscapeDataString("dây văng"))).Items, i => i.File.Id == bridge.Id);

        var byTitle = await ListAsync(specialist, "gtvt", "q=bao+tri+cong+trinh");
        Assert.Equal([bridge.Id], byTitle.Items.Select(i => i.File.Id));
        Assert.Contains("tiêu đề", byTitle.Items[0].MatchedBy);
        Assert.Equal([other.Id], (await ListAsync(specialist, "gtvt", "q=" + Uri.EscapeDataString("ĐÀO TẠO"))).Items.Select(i => i.File.Id));
        Assert.Contains(bridge.Id, (await ListAsync(specialist, "gtvt", "q=" + Uri.EscapeDataString(bridge.Code))).Items.Select(i => i.File.Id));

        // Filters: year, retention, status and code, alone or with q.
        var year = bridge.Year;
        Assert.Equal([bridge.Id], (await ListAsync(specialist, "gtvt", $"year={year}&retention=20")).Items.Select(i => i.File.Id));
        Assert.Empty((await ListAsync(specialist, "gtvt", $"q=phieng+khoai&year={year - 1}")).Items);
        Assert.Empty((await ListAsync(specialist, "gtvt", "q=phieng+khoai&status=closed")).Items);
        Assert.Equal(2, (await ListAsync(specialist, "gtvt", "status=open&code=" + Uri.EscapeDataString(bridge.Code.Split('.')[1]))).Total);
        Assert.Equal([bridge.Id], (await ListAsync(specialist, "gtvt", "code=" + Uri.EscapeDataString(bridge.Code))).Items.Select(i => i.File.Id));
        Assert.Empty((await ListAsync(specialist, "gtvt", "q=khong+co+tu+nay+xyz")).Items);
        var page = System.Net.WebUtility.HtmlDecode(await specialist.GetStringAsync("/gtvt/ho-so?q=phieng+khoai"));
        Assert.Contains("Hồ sơ bảo trì công trình giao thông nông thôn", page);
        Assert.DoesNotContain("Hồ sơ đào tạo lái xe", page);
        Assert.Contains("Khớp: nội dung văn bản", page);

        await AssertProblemAsync(await specialist.GetAsync("/gtvt/api/case-files?retention=abc"), HttpStatusCode.BadRequest, "Thời hạn bảo quản");
        await AssertProblemAsync(await specialist.GetAsync("/gtvt/api/case-files?status=lost"), HttpStatusCode.BadRequest, "Trạng thái hồ sơ");
        await AssertProblemAsync(await specialist.GetAsync("/gtvt/api/case-files?pageSize=0"), HttpStatusCode.BadRequest, "Trang phải");
    }
}
