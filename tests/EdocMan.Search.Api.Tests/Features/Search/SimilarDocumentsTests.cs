using System.Net;
using System.Net.Http.Json;
using EdocMan.Search.Api.Features.Search;

namespace EdocMan.Search.Api.Tests.Features.Search;

/// <summary>GET /{agency}/api/documents/{id}/similar.</summary>
public sealed class SimilarDocumentsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Similar_documents_are_those_with_the_closest_wording_that_the_user_may_see()
    {
        var client = await factory.SignedInClientAsync("thanglv");
        var other = await factory.SignedInClientAsync("binhhv");
        var marker = SearchRefinementsTests.Marker("tuongtu");
        const string Body = "Quy chế quản lý, sử dụng phần mềm quản lý văn bản và hồ sơ công việc trong các cơ quan hành chính nhà nước";
        var source = await SearchRefinementsTests.UploadAsync(client, "maison", $"{Body} {marker}.");
        var close = await SearchRefinementsTests.UploadAsync(client, "maison", $"Hướng dẫn: {Body}, bản sửa đổi {marker}.");
        var hidden = await SearchRefinementsTests.UploadAsync(other, "gtvt", $"{Body} của ngành giao thông {marker}.");

        var results = (await client.GetFromJsonAsync<SearchResponse>($"/maison/api/documents/{source}/similar"))!;

        Assert.Equal(close, results.Hits[0].Id);
        Assert.DoesNotContain(results.Hits, h => h.Id == source || h.Id == hidden);
        Assert.Equal($"/maison/api/documents/{close}", results.Hits[0].Url);
    }

    [Fact]
    public async Task A_document_the_user_may_not_see_is_404_and_a_bad_count_is_400()
    {
        var owner = await factory.SignedInClientAsync("binhhv");
        var stranger = await factory.SignedInClientAsync("soncv");
        var id = await SearchRefinementsTests.UploadAsync(owner, "gtvt", $"Công văn {SearchRefinementsTests.Marker("kinmat")}.");

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/tpsonla/api/documents/{id}/similar")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/tpsonla/api/documents/{Guid.NewGuid()}/similar")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/gtvt/api/documents/{id}/similar")).StatusCode);
        await Documents.UploadErrorsTests.AssertProblemAsync(
            await owner.GetAsync($"/gtvt/api/documents/{id}/similar?count=500"), HttpStatusCode.BadRequest, "tương tự");
    }
}
